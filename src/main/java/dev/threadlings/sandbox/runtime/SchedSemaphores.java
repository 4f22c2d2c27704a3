package dev.threadlings.sandbox.runtime;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Semaphore's timed {@code tryAcquire}: waits in the scheduler, like {@link SchedConcurrent}'s acquire, but at most
 * until its deadline on virtual time (a part millisecond rounds up, as in {@link SchedSleeps}); false when the time
 * ran out, holding nothing. As in the JDK, an interrupt flag that is already set throws at once, even with permits
 * free, and a timeout of zero or less only tries once.
 */
public final class SchedSemaphores {
    private SchedSemaphores() {}

    public static boolean tryAcquireTimed(Semaphore sem, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        return tryAcquireNTimed(sem, 1, time, unit, loc);
    }

    public static boolean tryAcquireNTimed(Semaphore sem, int n, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        Slot self = Sched.slot();
        if (self == null) {
            return sem.tryAcquire(n, time, unit);
        }
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Scheduler s = Sched.scheduler;
        s.point(self, null, loc);
        long deadline = time <= 0 ? s.virtualTime() : s.virtualTime() + SchedSleeps.ceilMillis(unit, time);
        while (!sem.tryAcquire(n)) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (s.virtualTime() >= deadline) {
                s.note(self, "tryAcquire timed out: " + Names.of(sem) + " has " + sem.availablePermits()
                        + " permits", loc);
                return false;
            }
            s.note(self, "blocked: " + Names.of(sem) + " has " + sem.availablePermits() + " permits", loc);
            s.block(self, new Wait.Until(sem, "Semaphore.tryAcquire(timeout)", deadline,
                    () -> sem.availablePermits() >= n));
        }
        s.note(self, "acquire " + Names.of(sem) + " → " + sem.availablePermits() + " left", loc);
        s.acquired(self, sem);
        return true;
    }
}
