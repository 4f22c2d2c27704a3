package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.StampedLockModel;
import dev.threadlings.sandbox.runtime.model.StampedLockViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * StampedLock: every lock, stamp and view call goes to StampedLockModel, and so do a Lock's lock() and unlock() (a
 * StampedLock view must not block in the JDK; the model hands every other Lock on to LockModel). In a static
 * initializer, its views are the model's views.
 */
final class StampedCalls implements Primitive {
    private static final List<String> NO_ARGUMENT = List.of("writeLock", "readLock", "writeLockInterruptibly",
            "readLockInterruptibly", "tryWriteLock", "tryReadLock", "tryOptimisticRead", "tryUnlockWrite",
            "tryUnlockRead");
    private static final List<String> STAMP = List.of("validate", "tryConvertToWriteLock", "tryConvertToReadLock",
            "tryConvertToOptimisticRead", "unlockWrite", "unlockRead", "unlock");
    private static final List<String> VIEWS = List.of("asReadLock", "asWriteLock", "asReadWriteLock");

    @Override
    public List<CallRule> rules() {
        Class<?> s = StampedLock.class;
        RuleSet r = new RuleSet(StampedLockModel.class).receivers(CallRule.Receivers.NOT_SUPER);
        NO_ARGUMENT.forEach(name -> r.replace(method(s, name), name));
        STAMP.forEach(name -> r.replace(method(s, name, long.class), name));
        r.replace(method(s, "tryWriteLock", long.class, TimeUnit.class), "tryWriteLockTimed")
                .replace(method(s, "tryReadLock", long.class, TimeUnit.class), "tryReadLockTimed");
        RuleSet views = new RuleSet(StampedLockViewModel.class).receivers(CallRule.Receivers.NOT_SUPER)
                .replace(method(Lock.class, "lock"), "viewLock")
                .replace(method(Lock.class, "unlock"), "viewUnlock");
        VIEWS.forEach(name -> views.plain(method(s, name), name));
        views.in(INITIALIZER).receivers(CallRule.Receivers.ANY);
        VIEWS.forEach(name -> views.plain(method(s, name), name));
        return java.util.stream.Stream.concat(r.rules().stream(), views.rules().stream()).toList();
    }
}
