package dev.threadlings.sandbox.runtime;

import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The Condition waits besides await(): the timed ones (await(time, unit), awaitNanos, awaitUntil) and
 * awaitUninterruptibly, on the model of {@link SchedConcurrent#awaitFor}. Left to the JDK they would find the
 * lock not held (the model never takes the real one) and throw IllegalMonitorStateException, which no JVM does.
 * Their time is virtual: like every timed wait it may end while other threads could still run ({@link Liberties}).
 */
public final class SchedConditions {
    private SchedConditions() {}

    public static boolean awaitTimed(Object condition, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        if (!SchedConcurrent.modelledCondition(condition)) {
            return ((Condition) condition).await(time, unit);
        }
        long start = Sched.scheduler.virtualTime();
        boolean signalled = SchedConcurrent.awaitFor(condition, millis(unit.toNanos(time)), true, loc);
        return signalled || Sched.scheduler.virtualTime() - start < millis(unit.toNanos(time));
    }

    /** The time left (an estimate, as in the JDK): positive when woken in time, at most zero when it ran out. */
    public static long awaitNanos(Object condition, long nanos, String loc) throws InterruptedException {
        if (!SchedConcurrent.modelledCondition(condition)) {
            return ((Condition) condition).awaitNanos(nanos);
        }
        long start = Sched.scheduler.virtualTime();
        SchedConcurrent.awaitFor(condition, millis(nanos), true, loc);
        long elapsed = TimeUnit.MILLISECONDS.toNanos(Sched.scheduler.virtualTime() - start);
        return nanos - elapsed;
    }

    /** A deadline on the wall clock: the wait lasts until then, measured from now, in virtual time. */
    public static boolean awaitUntil(Object condition, Date deadline, String loc) throws InterruptedException {
        if (!SchedConcurrent.modelledCondition(condition)) {
            return ((Condition) condition).awaitUntil(deadline);
        }
        long millis = Math.max(0, deadline.getTime() - System.currentTimeMillis());
        long start = Sched.scheduler.virtualTime();
        boolean signalled = SchedConcurrent.awaitFor(condition, millis, true, loc);
        return signalled || Sched.scheduler.virtualTime() - start < millis;
    }

    public static void awaitUninterruptibly(Object condition, String loc) {
        if (!SchedConcurrent.modelledCondition(condition)) {
            ((Condition) condition).awaitUninterruptibly();
            return;
        }
        boolean interrupted = Thread.interrupted(); // the flag stays set, as in the JDK, but does not end the wait
        try {
            SchedConcurrent.awaitFor(condition, Long.MAX_VALUE, false, loc);
        } catch (InterruptedException e) {
            throw new IllegalStateException("an uninterruptible await was interrupted", e);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Virtual time counts milliseconds: a wait of a few nanoseconds still lasts one (zero or less: none). */
    private static long millis(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        return nanos >= Long.MAX_VALUE - 999_999 ? Long.MAX_VALUE - 1 : (nanos + 999_999) / 1_000_000;
    }
}
