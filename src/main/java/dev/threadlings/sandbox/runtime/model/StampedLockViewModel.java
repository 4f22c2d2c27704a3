package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * A StampedLock's Lock views (asReadLock, asWriteLock, asReadWriteLock) in learner code: views whose blocking calls
 * go through the model of {@link StampedLockModel}, since the JDK's would block inside the JDK; Lock.lock and unlock
 * in learner code come here first, and go on to {@link LockModel} for any other lock.
 */
public final class StampedLockViewModel {
    private StampedLockViewModel() {}

    public static Lock asReadLock(StampedLock l) {
        return new View(l, false);
    }

    public static Lock asWriteLock(StampedLock l) {
        return new View(l, true);
    }

    public static ReadWriteLock asReadWriteLock(StampedLock l) {
        return new ReadWriteLock() {
            @Override
            public Lock readLock() {
                return new View(l, false);
            }

            @Override
            public Lock writeLock() {
                return new View(l, true);
            }
        };
    }

    /** Lock.lock() and friends in learner code: a view goes to the model, any other lock where it went before. */
    public static void viewLock(Object lock, String loc) {
        if (lock instanceof View v && RunningSchedule.slot() != null) {
            StampedLockModel.acquire(RunningSchedule.slot(), v.lock, v.write, Long.MAX_VALUE, false, loc);
        } else {
            LockModel.lock(lock, loc);
        }
    }

    public static void viewUnlock(Object lock, String loc) {
        if (lock instanceof View v && RunningSchedule.slot() != null) {
            StampedLockModel.releasing(v.lock, (v.write ? Phrase.UNLOCK_WRITE_VIEW : Phrase.UNLOCK_READ_VIEW).with(), loc);
            v.unlock();
            StampedLockModel.released(v.lock);
        } else {
            LockModel.unlock(lock, loc);
        }
    }

    /** asReadLock()/asWriteLock(): a Lock whose blocking calls go through the model. */
    static final class View implements Lock {
        final StampedLock lock;
        final boolean write;

        View(StampedLock lock, boolean write) {
            this.lock = lock;
            this.write = write;
        }

        @Override
        public void lock() {
            ManagedThread self = RunningSchedule.slot();
            if (self == null) {
                real().lock();
            } else {
                StampedLockModel.acquire(self, lock, write, Long.MAX_VALUE, false, "");
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            ManagedThread self = RunningSchedule.slot();
            if (self == null) {
                real().lockInterruptibly();
            } else {
                StampedLockModel.interruptible(self, lock, write, Long.MAX_VALUE, "");
            }
        }

        @Override
        public boolean tryLock() {
            return (write ? lock.tryWriteLock() : lock.tryReadLock()) != 0;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            ManagedThread self = RunningSchedule.slot();
            return self == null ? real().tryLock(time, unit)
                    : StampedLockModel.interruptible(self, lock, write, StampedLockModel.millis(time, unit), "") != 0;
        }

        /** The views unlock without a stamp, as the JDK's do (tryUnlockWrite / tryUnlockRead). */
        @Override
        public void unlock() {
            if (!(write ? lock.tryUnlockWrite() : lock.tryUnlockRead())) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        private Lock real() {
            return write ? lock.asWriteLock() : lock.asReadLock();
        }
    }
}
