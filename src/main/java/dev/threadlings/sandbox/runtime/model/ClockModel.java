package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.ClockReads;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock in explored learner code: {@code System.nanoTime}, {@code System.currentTimeMillis}, {@code Instant.now},
 * {@code new Date()}, the system {@code Clock}s and {@code InstantSource}, and the {@code now()} of the java.time
 * classes (given one of these clocks) read the schedule's virtual time ({@link ClockReads}), on which sleeps and
 * timeouts run. With no schedule running each reads the real clock; a free run keeps the real calls.
 */
public final class ClockModel {
    private ClockModel() {}

    public static long nanoTime(String loc) {
        Scheduler s = RunningSchedule.scheduler();
        return s == null ? System.nanoTime() : ClockReads.NANO_ORIGIN + millis(s, "System.nanoTime()", loc) * 1_000_000;
    }

    public static long currentTimeMillis(String loc) {
        Scheduler s = RunningSchedule.scheduler();
        return s == null ? System.currentTimeMillis()
                : ClockReads.EPOCH_MILLIS + millis(s, "System.currentTimeMillis()", loc);
    }

    public static Instant instant(String loc) {
        return Instant.ofEpochMilli(epochMillis("Instant.now()", loc));
    }

    public static Clock systemUTC(String loc) {
        return new ScheduleClock(ZoneOffset.UTC, loc);
    }

    public static Clock systemDefaultZone(String loc) {
        return new ScheduleClock(ZoneId.systemDefault(), loc);
    }

    public static Clock system(ZoneId zone, String loc) {
        return new ScheduleClock(zone, loc);
    }

    public static InstantSource instantSource(String loc) {
        return systemUTC(loc);
    }

    /**
     * The wall clock for a model that takes a deadline on it (awaitUntil, parkUntil): the same virtual time, read
     * without being a read of learner code.
     */
    static long wallMillis() {
        Scheduler s = RunningSchedule.scheduler();
        return s == null ? System.currentTimeMillis() : ClockReads.EPOCH_MILLIS + s.virtualTime();
    }

    /** The milliseconds since the epoch, virtual under a schedule; {@code what}: the call, for a spin's step. */
    static long epochMillis(String what, String loc) {
        Scheduler s = RunningSchedule.scheduler();
        return s == null ? System.currentTimeMillis() : ClockReads.EPOCH_MILLIS + millis(s, what, loc);
    }

    private static long millis(Scheduler s, String what, String loc) {
        ManagedThread self = s.self(); // not RunningSchedule.slot(): a read by another thread changes nothing
        return self == null ? ClockReads.millis(s) : ClockReads.millis(s, self, what, loc);
    }
}
