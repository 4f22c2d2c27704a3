package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Semaphore in learner code. The real semaphore keeps its permits: release never blocks, so it runs for real (even
 * through a method reference the instrumentation cannot see); acquire waits in the scheduler until the real
 * semaphore has the permits, then takes them without blocking. The timed {@code tryAcquire} waits the same way, but
 * at most until its deadline on virtual time (a part millisecond rounds up, as in {@link SleepModel}); false when the time
 * ran out, holding nothing. As in the JDK, an interrupt flag that is already set throws at once, even with permits
 * free, and a timeout of zero or less only tries once.
 */
public final class SemaphoreModel {
    private SemaphoreModel() {}

    public static boolean tryAcquireTimed(Semaphore sem, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        return tryAcquireNTimed(sem, 1, time, unit, loc);
    }

    public static boolean tryAcquireNTimed(Semaphore sem, int n, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return sem.tryAcquire(n, time, unit);
        }
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc);
        long deadline = s.deadlineIn(time, unit);
        while (!sem.tryAcquire(n)) {
            if (InterruptModel.seen()) {
                throw new InterruptedException();
            }
            if (s.virtualTime() >= deadline) {
                s.note(self, Phrase.TRY_ACQUIRE_TIMED_OUT.with(Names.of(sem), sem.availablePermits()), loc);
                return false;
            }
            s.note(self, Phrase.BLOCKED_PERMITS.with(Names.of(sem), sem.availablePermits()), loc);
            s.block(self, new Wait.Until(sem, "Semaphore.tryAcquire(timeout)", deadline,
                    () -> sem.availablePermits() >= n));
        }
        s.note(self, Phrase.ACQUIRED.with(Names.of(sem), sem.availablePermits()), loc);
        s.acquired(self, sem);
        return true;
    }

    public static void acquire(Semaphore sem, String loc) throws InterruptedException {
        acquireN(sem, 1, loc);
    }

    public static void acquireUninterruptibly(Semaphore sem, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            sem.acquireUninterruptibly();
            return;
        }
        takeUninterruptibly(self, sem, 1, loc);
    }

    public static void acquireUninterruptiblyN(Semaphore sem, int n, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            sem.acquireUninterruptibly(n);
            return;
        }
        takeUninterruptibly(self, sem, n, loc);
    }

    public static void acquireN(Semaphore sem, int n, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            sem.acquire(n);
            return;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        takePermits(self, sem, n, true, loc);
    }

    private static void takeUninterruptibly(ManagedThread self, Semaphore sem, int n, String loc) {
        try {
            takePermits(self, sem, n, false, loc);
        } catch (InterruptedException e) {
            throw new AssertionError("an uninterruptible acquire was interrupted", e);
        }
    }

    /** An interruptible acquire that is interrupted while it waits throws, as the JDK's does, holding nothing. */
    private static void takePermits(ManagedThread self, Semaphore sem, int n, boolean interruptible, String loc)
            throws InterruptedException {
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc);
        while (!sem.tryAcquire(n)) {
            if (interruptible && InterruptModel.seen()) {
                throw new InterruptedException();
            }
            s.note(self, Phrase.BLOCKED_PERMITS.with(Names.of(sem), sem.availablePermits()), loc);
            s.block(self, new Wait.ForCount(sem, "Semaphore.acquire()", () -> sem.availablePermits() >= n,
                    interruptible));
        }
        s.note(self, Phrase.ACQUIRED.with(Names.of(sem), sem.availablePermits()), loc);
        s.acquired(self, sem);
    }

    public static void release(Semaphore sem, String loc) {
        releaseN(sem, 1, loc);
    }

    public static void releaseN(Semaphore sem, int n, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, Phrase.RELEASED.with(Names.of(sem), sem.availablePermits() + n),
                    loc);
            RunningSchedule.scheduler().released(self, sem);
        }
        sem.release(n);
    }
}
