package dev.threadlings.sandbox.runtime.model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The system clock as explored learner code gets it ({@link ClockModel}): virtual time under a schedule, in a zone.
 * JDK code reads it too (LocalDateTime.now(clock)), on the learner's thread. Its location is where learner code
 * asked for the clock: a spin on it is shown there.
 */
final class ScheduleClock extends Clock {
    private final ZoneId zone;
    private final String loc;

    ScheduleClock(ZoneId zone, String loc) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.loc = loc;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ScheduleClock(other, loc);
    }

    @Override
    public long millis() {
        return ClockModel.epochMillis("Clock.millis()", loc);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleClock c && c.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "SystemClock[" + zone + "]";
    }
}
