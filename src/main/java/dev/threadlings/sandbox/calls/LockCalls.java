package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ConditionModel;
import dev.threadlings.sandbox.runtime.model.LockModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * ReentrantLock, a read/write lock's views and the Lock interface (whose lock and unlock are {@link StampedCalls}'):
 * LockModel. Which lock a Condition belongs to is kept (ConditionModel), in a static initializer too.
 */
final class LockCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        RuleSet r = new RuleSet(LockModel.class);
        RuleSet conditions = new RuleSet(ConditionModel.class);
        for (Class<?> lock : List.of(ReentrantLock.class, Lock.class, ReentrantReadWriteLock.ReadLock.class,
                ReentrantReadWriteLock.WriteLock.class)) {
            if (lock != Lock.class) {
                r.replace(method(lock, "lock"), "lock").replace(method(lock, "unlock"), "unlock");
            }
            r.in(BODY)
                    .replace(method(lock, "lockInterruptibly"), "lockInterruptibly")
                    .replace(method(lock, "tryLock"), "tryLock")
                    .replace(method(lock, "tryLock", long.class, TimeUnit.class), "tryLockTimed");
            boolean ownsConditions = lock == ReentrantLock.class || lock == Lock.class;
            conditions.in(BODY, ownsConditions ? new CallRule.Where[] {INITIALIZER} : new CallRule.Where[0])
                    .plain(method(lock, "newCondition"), "newCondition");
        }
        Class<?> rl = ReentrantLock.class;
        r.plain(method(rl, "isHeldByCurrentThread"), "isHeldByCurrentThread")
                .plain(method(rl, "isLocked"), "isLocked")
                .plain(method(rl, "getHoldCount"), "getHoldCount");
        return java.util.stream.Stream.concat(r.rules().stream(), conditions.rules().stream()).toList();
    }
}
