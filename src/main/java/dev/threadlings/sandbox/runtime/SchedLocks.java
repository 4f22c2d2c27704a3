package dev.threadlings.sandbox.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * ReentrantLock in learner code, modelled: the real lock is never taken while a schedule runs (a thread would
 * block inside the JDK, where the scheduler cannot see it); the scheduler's {@link Locks} stand in for it, so a
 * thread that finds it held simply is not chosen until it is free. The lock calls of a read/write lock's views go
 * to {@link SchedReadWrite}; locks the sandbox does not model go to the real lock.
 */
public final class SchedLocks {
    private SchedLocks() {}

    private static boolean modelled(Object lock) {
        return lock instanceof ReentrantLock && Sched.slot() != null;
    }

    public static void lock(Object lock, String loc) {
        if (SchedReadWrite.modelled(lock)) {
            SchedReadWrite.lock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).lock();
            return;
        }
        Slot self = Sched.slot();
        Sched.scheduler.point(self, null, loc);
        Sched.acquire(Sched.scheduler, self, lock, Phrase.LOCK_KIND.with(), 1, loc);
    }

    public static void lockInterruptibly(Object lock, String loc) throws InterruptedException {
        if (SchedReadWrite.modelled(lock)) {
            SchedReadWrite.lock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).lockInterruptibly();
            return;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        lock(lock, loc);
    }

    public static boolean tryLock(Object lock, String loc) {
        if (SchedReadWrite.modelled(lock)) {
            return SchedReadWrite.tryLock(lock, loc);
        }
        if (!modelled(lock)) {
            return ((Lock) lock).tryLock();
        }
        Slot self = Sched.slot();
        Scheduler s = Sched.scheduler;
        s.point(self, "tryLock " + Names.of(lock), loc);
        Slot owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, Phrase.TRY_LOCK_FAILED.with(owner.name()), loc);
            return false;
        }
        s.locks().acquire(lock, self, 1);
        return true;
    }

    public static boolean tryLockTimed(Object lock, long time, TimeUnit unit, String loc) throws InterruptedException {
        if (!modelled(lock)) {
            return ((Lock) lock).tryLock(time, unit);
        }
        Slot self = Sched.slot();
        Scheduler s = Sched.scheduler;
        if (Thread.interrupted()) {
            throw new InterruptedException();      // as ReentrantLock.tryLock(time, unit) does, even for a free lock
        }
        s.point(self, "tryLock " + Names.of(lock) + " (" + time + " " + unit.name().toLowerCase() + ")", loc);
        Slot owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            long deadline = s.virtualTime() + Math.max(1, unit.toMillis(time));
            s.block(self, new Wait.Until(lock, "tryLock", deadline, () -> s.locks().ownerOf(lock) == null));
            if (s.locks().ownerOf(lock) != null) {
                if (Thread.interrupted()) {
                    s.note(self, Phrase.TRY_LOCK_INTERRUPTED.with(), loc);
                    throw new InterruptedException();   // an interrupt ends the wait with a throw, never a false
                }
                s.note(self, Phrase.TRY_LOCK_TIMED_OUT.with(), loc);
                return false;
            }
        }
        s.locks().acquire(lock, self, 1);
        return true;
    }

    public static void unlock(Object lock, String loc) {
        if (SchedReadWrite.modelled(lock)) {
            SchedReadWrite.unlock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).unlock();
            return;
        }
        Slot self = Sched.slot();
        if (!Sched.scheduler.locks().release(lock, self)) {
            throw new IllegalMonitorStateException();
        }
        Sched.scheduler.point(self, Phrase.UNLOCK.with(Names.of(lock)), loc);
    }

    public static boolean isHeldByCurrentThread(ReentrantLock lock) {
        Slot self = Sched.slot();
        return self == null ? lock.isHeldByCurrentThread() : Sched.scheduler.locks().ownerOf(lock) == self;
    }

    public static boolean isLocked(ReentrantLock lock) {
        return Sched.slot() == null ? lock.isLocked() : Sched.scheduler.locks().ownerOf(lock) != null;
    }

    public static int getHoldCount(ReentrantLock lock) {
        Slot self = Sched.slot();
        if (self == null) {
            return lock.getHoldCount();
        }
        return Sched.scheduler.locks().ownerOf(lock) == self ? Sched.scheduler.locks().count(lock) : 0;
    }
}
