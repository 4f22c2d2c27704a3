package dev.threadlings.sandbox.runtime.schedule;

/**
 * What learner code reads from the clock in an explored run ({@code System.nanoTime}, {@code currentTimeMillis},
 * {@code Instant.now}, the system {@code Clock}s): the schedule's virtual time, on which its sleeps and timeouts
 * already run. A real clock beside them would make a deadline loop and one that restarts its timeout after every
 * wake-up look alike (no real time passes in a virtual wait), and a program that measures a sleep would see it take
 * no time. {@code currentTimeMillis} is a fixed epoch origin plus the virtual milliseconds and {@code nanoTime} a
 * fixed origin plus the same milliseconds in nanoseconds: monotonic, consistent with each other, and the same in a
 * replay. A read is no scheduling point: nothing another thread does changes what it returns.
 *
 * <p>But virtual time stands still while a thread runs, and a thread that waits for time to pass by reading the
 * clock ({@code while (System.nanoTime() < deadline) {}}, with or without onSpinWait, yields or flag reads) would
 * wait for ever, and be called a hang, where a JVM's loop ends. So a read that sees the clock where this thread last
 * saw it, {@value #SPIN_READS} times in a row with nothing changed in between by this thread or by a JDK call
 * nobody sees into, is a clock spin: the thread steps aside for others that can run (a yield), and when none can
 * but threads that spin on the clock too, time passes — by a quantum that doubles while the spin goes on (1 ms,
 * 2 ms, 4 ms…, so a deadline of any length is reached in few steps), never past the next deadline of a waiting
 * thread. Time passes as it does when no thread can run: nobody that could still do work is made late by it. A
 * loop that changes something between its reads (work with a time limit) is not waiting for time and gets none.
 * A read that returns a new time tells the hang proof that state changed ({@link SpinProof}): a loop that watches
 * the clock is never proved endless while time moves.
 */
public final class ClockReads {
    /** {@code currentTimeMillis()} at virtual time 0: 2026-01-01T00:00:00Z. */
    public static final long EPOCH_MILLIS = 1_767_225_600_000L;
    /** {@code nanoTime()} at virtual time 0 (any origin is a JVM's; not 0, which programs use for "not yet"). */
    public static final long NANO_ORIGIN = 1_000_000_000_000L;
    /** Reads of an unchanged clock in a row, with nothing else changed, before a read is taken as a spin. */
    static final int SPIN_READS = 8;
    /** The largest quantum a spin's time grows by at once (doubling from 1 ms, it is reached after 40 passes). */
    private static final long MAX_QUANTUM = 1L << 40;

    private ClockReads() {}

    /** One thread's reads of the clock. */
    static final class Watch {
        long seen = -1;
        int changesSeen;
        int opaqueSeen;
        int sameReads;
        long quantum = 1;
        long spunTo = -1;
        /** Inside a clock spin's yield: this thread waits only for time to pass. */
        boolean waitsForTime;
        /** Its last read came round again to a clock nothing but its own spin moved: a loop that watches the clock. */
        boolean watching;
    }

    /** The virtual time in milliseconds as {@code self} reads it ({@code what}: the call, for the trace). */
    public static long millis(Scheduler s, ManagedThread self, String what, String loc) {
        Watch w = self.clockWatch;
        long now = s.virtualTime();
        boolean unchanged = w.seen >= 0 && self.changes == w.changesSeen && s.opaque == w.opaqueSeen;
        boolean still = unchanged && now == w.seen;
        w.watching = unchanged && (now == w.seen || now == w.spunTo); // a loop that reads the clock again
        if (still && ++w.sameReads >= SPIN_READS) {
            w.sameReads = 0;
            spin(s, self, w, now, what, loc);
        } else if (!still) {
            w.sameReads = 0;
        }
        long read = s.virtualTime();
        if (read != w.seen) {
            s.opaque++; // a new value in the reader's frames: a state no repeated window shows
            if (read != w.spunTo) {
                w.quantum = 1; // time moved for another reason (a sleep, a timeout): a new spin starts small
            }
        }
        w.seen = read;
        w.changesSeen = self.changes;
        w.opaqueSeen = s.opaque;
        return read;
    }

    /**
     * Whether {@code self} is in a loop that watches the clock: it read the clock again with nothing changed in
     * between, and nothing changed since. A spin that yields while alone then waits for its own reads to pass time
     * ({@link Turns}), in quanta, instead of jumping to the next sleeper's deadline, which may lie far past the time
     * it waits for. A thread that read the clock once and then spins on a flag is no watcher: time jumps for it.
     */
    static boolean watching(Scheduler s, ManagedThread self) {
        Watch w = self.clockWatch;
        return w.watching && w.seen == s.virtualTime() && self.changes == w.changesSeen && s.opaque == w.opaqueSeen;
    }

    /** The virtual time for a thread the schedule does not manage (a JDK timer's): it reads, nothing more. */
    public static long millis(Scheduler s) {
        return s.virtualTime();
    }

    private static void spin(Scheduler s, ManagedThread self, Watch w, long now, String what, String loc) {
        boolean mayYield = self.atomic == 0 && self.initializers == 0; // no switch inside JDK callbacks or <clinit>
        if (mayYield) {
            w.waitsForTime = true;
            try {
                s.yieldPoint(self, what, loc);
            } finally {
                w.waitsForTime = false;
            }
        }
        if (s.virtualTime() == now && (!mayYield || onlyTimeIsAwaited(s, self))) {
            w.spunTo = s.passTime(w.quantum);
            w.quantum = Math.min(MAX_QUANTUM, w.quantum * 2);
        }
    }

    /** No other thread can run, but threads that wait in a clock spin of their own. */
    private static boolean onlyTimeIsAwaited(Scheduler s, ManagedThread self) {
        for (ManagedThread other : s.slots()) {
            if (other != self && other.runnable(s) && !other.clockWatch.waitsForTime) {
                return false;
            }
        }
        return true;
    }
}
