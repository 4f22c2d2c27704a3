package dev.threadlings.sandbox.runtime.schedule;

import java.util.List;

/**
 * A schedule's time, in milliseconds: sleeps and timeouts wait on it, so they cost no real time, and it moves
 * only when no thread can run (to the earliest deadline) or when a timed wait is chosen to end early
 * ({@link Liberties}). Nothing then happens before its time, but any thread may be late, as the JLS allows.
 */
final class VirtualClock {
    private long now;

    long now() {
        return now;
    }

    /**
     * The time {@code millis} from now: MAX_VALUE (no limit) stays never, and a sum past the end of time saturates
     * just before it, so a learner's {@code awaitTermination(Long.MAX_VALUE, MILLISECONDS)} waits as long as time
     * can run instead of overflowing into the past and timing out at once.
     */
    long after(long millis) {
        if (millis == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long wait = Math.max(0, millis);
        return wait > Long.MAX_VALUE - 1 - now ? Long.MAX_VALUE - 1 : now + wait;
    }

    /** Moves to the earliest deadline of a waiting thread; false if nobody waits on time. */
    boolean toNextDeadline(List<ManagedThread> slots) {
        long next = Long.MAX_VALUE;
        for (ManagedThread s : slots) {
            if (!s.finished && s.wait != null) {
                next = Math.min(next, s.wait.deadline());
            }
        }
        if (next == Long.MAX_VALUE || next <= now) {
            return false;
        }
        now = next;
        return true;
    }

    /**
     * Moves forward by up to {@code millis}, never past the earliest deadline of a waiting thread (time passing for
     * a thread that spins on the clock: see {@link ClockReads}). Returns the new time.
     */
    long pass(long millis, List<ManagedThread> slots) {
        long to = millis > Long.MAX_VALUE - 1 - now ? Long.MAX_VALUE - 1 : now + millis;
        for (ManagedThread s : slots) {
            if (!s.finished && s.wait != null && s.wait.deadline() > now) {
                to = Math.min(to, s.wait.deadline());
            }
        }
        now = Math.max(now, to);
        return now;
    }

    /** Moves forward to {@code time} (a timed wait that ends early); never back. */
    void advanceTo(long time) {
        now = Math.max(now, time);
    }
}
