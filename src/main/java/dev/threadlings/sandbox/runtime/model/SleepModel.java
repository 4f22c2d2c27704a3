package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Thread.sleep, on virtual time: the sleeper waits in the scheduler until the clock reaches its deadline. And the
 * other spellings of sleep, join and wait, in front of their models: {@code Thread.sleep(ms, ns)},
 * {@code Thread.join(ms, ns)} and {@code TimeUnit}'s {@code sleep}, {@code timedJoin} and {@code timedWait}. Left to
 * the JDK they would wait for real (a managed thread then blocks outside the schedule, and the JDK's timer thread
 * is reported as "not modelled"). Virtual time counts milliseconds, so a part millisecond rounds the timeout up:
 * a JVM may always wake a timed wait late, never early. As in the JDK, TimeUnit's methods do nothing at all for a
 * timeout of zero or less (not even look at the interrupt flag).
 */
public final class SleepModel {
    private SleepModel() {}

    public static void sleepNanos(long millis, int nanos, String loc) throws InterruptedException {
        sleepMillis(millisRoundedUp(millis, nanos), loc);
    }

    public static void joinNanos(Thread t, long millis, int nanos, String loc) throws InterruptedException {
        JoinModel.joinTimed(t, millisRoundedUp(millis, nanos), loc); // join(0, 0) waits for ever, as in the JDK
    }

    public static void sleep(TimeUnit unit, long timeout, String loc) throws InterruptedException {
        if (timeout > 0) {
            sleepMillis(ceilMillis(unit, timeout), loc);
        }
    }

    public static void timedJoin(TimeUnit unit, Thread t, long timeout, String loc) throws InterruptedException {
        if (timeout > 0) {
            JoinModel.joinTimed(t, ceilMillis(unit, timeout), loc);
        }
    }

    public static void timedWait(TimeUnit unit, Object o, long timeout, String loc) throws InterruptedException {
        if (timeout > 0) {
            MonitorModel.waitMillis(o, ceilMillis(unit, timeout), loc);
        }
    }

    private static long millisRoundedUp(long millis, int nanos) {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        return nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis;
    }

    // at least 1 ms for any positive timeout: 0 would mean "for ever" to join and wait
    static long ceilMillis(TimeUnit unit, long timeout) {
        long millis = unit.toMillis(timeout);
        boolean part = unit.toNanos(timeout) > TimeUnit.MILLISECONDS.toNanos(millis);
        return Math.max(1, part && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    public static void sleepMillis(long millis, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            Thread.sleep(millis);
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException("sleep interrupted");
        }
        s.point(self, Phrase.SLEEP.with(millis), loc, true);
        s.block(self, new Wait.Sleeping(s.deadlineIn(Math.min(millis, Long.MAX_VALUE - 1))));
        if (InterruptModel.seen()) {
            throw new InterruptedException("sleep interrupted");
        }
    }

    public static void sleepDuration(Duration d, String loc) throws InterruptedException {
        sleepMillis(d.toMillis(), loc);
    }
}
