package dev.threadlings.sandbox.calls;

import static dev.threadlings.sandbox.calls.CallRule.Where.BODY;
import static dev.threadlings.sandbox.calls.CallRule.Where.INITIALIZER;
import static dev.threadlings.sandbox.calls.JdkMethod.method;

import dev.threadlings.sandbox.runtime.model.ReadWriteLockModel;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock;

/**
 * rw.readLock() and rw.writeLock(): the model pairs each view with its lock, in a static initializer too. Who holds
 * the lock is the model's answer (the JDK's lock is never taken under it).
 */
final class ReadWriteCalls implements Primitive {
    @Override
    public List<CallRule> rules() {
        return new RuleSet(ReadWriteLockModel.class).in(BODY, INITIALIZER)
                .plain(method(ReentrantReadWriteLock.class, "readLock"), "readLock")
                .plain(method(ReentrantReadWriteLock.class, "writeLock"), "writeLock")
                .plain(method(ReadWriteLock.class, "readLock"), "readView")
                .plain(method(ReadWriteLock.class, "writeLock"), "writeView")
                .in(BODY)
                .plain(method(WriteLock.class, "isHeldByCurrentThread"), "isHeldByCurrentThread")
                .plain(method(WriteLock.class, "getHoldCount"), "getHoldCount")
                .plain(method(ReentrantReadWriteLock.class, "isWriteLocked"), "isWriteLocked")
                .plain(method(ReentrantReadWriteLock.class, "isWriteLockedByCurrentThread"),
                        "isWriteLockedByCurrentThread")
                .plain(method(ReentrantReadWriteLock.class, "getWriteHoldCount"), "getWriteHoldCount")
                .plain(method(ReentrantReadWriteLock.class, "getReadLockCount"), "getReadLockCount")
                .plain(method(ReentrantReadWriteLock.class, "getReadHoldCount"), "getReadHoldCount")
                .rules();
    }
}
