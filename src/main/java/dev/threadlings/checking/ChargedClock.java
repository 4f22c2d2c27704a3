package dev.threadlings.checking;

import java.util.Optional;

/**
 * The time a check's own limit ({@link Within}) charges the learner, added up look by look as {@link TimeLimit}
 * charges a check's {@code timeout=}: the VM's CPU time (at most the wall time), or the wall time between two looks
 * that both saw every thread waiting (at most {@code gapNanos} per pair: a look that came late came late because its
 * looker got no core). A VM whose runnable threads get no core is charged nothing. Without readings of the VM (no
 * /proc) it is wall time. After {@link #forget()} the next look starts afresh, charging nothing for the time before
 * it: the looker slept while nobody asked for the time, and nothing is known of it.
 */
final class ChargedClock {
    private final boolean byActivity;
    private final long gapNanos;
    private TimeLimit.Look last;
    private long charged;

    private ChargedClock(boolean byActivity, long gapNanos) {
        this.byActivity = byActivity;
        this.gapNanos = gapNanos;
    }

    /** Charged by what the VM did; {@code gapNanos} the most one pair of waiting looks charges. */
    static ChargedClock byActivity(long gapNanos) {
        return new ChargedClock(true, gapNanos);
    }

    /** Charged by wall time: where the VM cannot be looked at. */
    static ChargedClock wallClock() {
        return new ChargedClock(false, 0);
    }

    /** Takes one look ({@link System#nanoTime()}, what /proc said) into account; the time charged since the start. */
    synchronized long look(long wallNanos, Optional<TimeLimit.VmLoad> vm) {
        TimeLimit.Look now = new TimeLimit.Look(wallNanos, true, vm);
        if (last != null) {
            long wall = Math.max(0, wallNanos - last.wallNanos());
            charged += byActivity ? TimeLimit.charge(last, now, wall, gapNanos) : wall;
        }
        last = now;
        return charged;
    }

    /** The next look is a first one again. */
    synchronized void forget() {
        last = null;
    }

    /** The time charged since the start, as of the last look. */
    synchronized long charged() {
        return charged;
    }
}
