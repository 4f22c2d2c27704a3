package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Locks;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * ReentrantLock in learner code, modelled: the real lock is never taken while a schedule runs (a thread would
 * block inside the JDK, where the scheduler cannot see it); the scheduler's {@link Locks} stand in for it, so a
 * thread that finds it held simply is not chosen until it is free. The lock calls of a read/write lock's views go
 * to {@link ReadWriteLockModel}; locks the sandbox does not model go to the real lock.
 */
public final class LockModel {
    private LockModel() {}

    private static boolean modelled(Object lock) {
        return lock instanceof ReentrantLock && RunningSchedule.slot() != null;
    }

    public static void lock(Object lock, String loc) {
        if (ReadWriteLockModel.modelled(lock)) {
            ReadWriteLockModel.lock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            SchedulingPoints.opaque(); // a lock of the learner's own or outside the schedule: its state is not the model's
            ((Lock) lock).lock();
            return;
        }
        ManagedThread self = RunningSchedule.slot();
        RunningSchedule.scheduler().point(self, null, loc, true);
        Locks.take(RunningSchedule.scheduler(), self, lock, Phrase.LOCK_KIND.with(), 1, loc);
    }

    public static void lockInterruptibly(Object lock, String loc) throws InterruptedException {
        if (ReadWriteLockModel.modelled(lock)) {
            ReadWriteLockModel.lockInterruptibly(lock, Long.MAX_VALUE, loc);
            return;
        }
        if (!modelled(lock)) {
            ((Lock) lock).lockInterruptibly();
            return;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        ManagedThread self = RunningSchedule.slot();
        RunningSchedule.scheduler().point(self, null, loc, true);
        Locks.takeInterruptibly(RunningSchedule.scheduler(), self, lock, Phrase.LOCK_KIND.with(), loc);
    }

    public static boolean tryLock(Object lock, String loc) {
        if (ReadWriteLockModel.modelled(lock)) {
            return ReadWriteLockModel.tryLock(lock, loc);
        }
        if (!modelled(lock)) {
            SchedulingPoints.opaque();
            return ((Lock) lock).tryLock();
        }
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, "tryLock " + Names.of(lock), loc, true); // it changes the lock table at most
        ManagedThread owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            s.note(self, Phrase.TRY_LOCK_FAILED.with(owner.name()), loc);
            return false;
        }
        s.locks().acquire(lock, self, 1);
        return true;
    }

    public static boolean tryLockTimed(Object lock, long time, TimeUnit unit, String loc) throws InterruptedException {
        if (ReadWriteLockModel.modelled(lock)) {
            return ReadWriteLockModel.lockInterruptibly(lock, Scheduler.timeoutMillis(time, unit), loc);
        }
        if (!modelled(lock)) {
            return ((Lock) lock).tryLock(time, unit);
        }
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();      // as ReentrantLock.tryLock(time, unit) does, even for a free lock
        }
        s.point(self, "tryLock " + Names.of(lock) + " (" + time + " " + unit.name().toLowerCase() + ")", loc);
        ManagedThread owner = s.locks().ownerOf(lock);
        if (owner != null && owner != self) {
            long deadline = s.deadlineIn(time, unit);
            s.block(self, new Wait.Until(lock, "tryLock", deadline, () -> s.locks().ownerOf(lock) == null));
            if (s.locks().ownerOf(lock) != null) {
                if (InterruptModel.seen()) {
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
        if (ReadWriteLockModel.modelled(lock)) {
            ReadWriteLockModel.unlock(lock, loc);
            return;
        }
        if (!modelled(lock)) {
            SchedulingPoints.opaque();
            ((Lock) lock).unlock();
            return;
        }
        ManagedThread self = RunningSchedule.slot();
        // the point comes before the release: while the lock is still held, another thread's tryLock fails and
        // its timed wait may run out (after the release, the next point is the releaser's next step anyway)
        RunningSchedule.scheduler().point(self, Phrase.UNLOCK.with(Names.of(lock)), loc, true);
        if (!RunningSchedule.scheduler().locks().release(lock, self)) {
            throw new IllegalMonitorStateException();
        }
    }

    public static boolean isHeldByCurrentThread(ReentrantLock lock) {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? lock.isHeldByCurrentThread() : RunningSchedule.scheduler().locks().ownerOf(lock) == self;
    }

    public static boolean isLocked(ReentrantLock lock) {
        return RunningSchedule.slot() == null ? lock.isLocked() : RunningSchedule.scheduler().locks().ownerOf(lock) != null;
    }

    public static int getHoldCount(ReentrantLock lock) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return lock.getHoldCount();
        }
        return RunningSchedule.scheduler().locks().ownerOf(lock) == self ? RunningSchedule.scheduler().locks().count(lock) : 0;
    }
}
