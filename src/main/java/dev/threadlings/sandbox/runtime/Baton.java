package dev.threadlings.sandbox.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The right to run, handed from one managed thread to the next. The receiver spins for a few microseconds before
 * parking: a hand-off is usually answered within that time, and waking a parked thread costs the operating
 * system's scheduling latency (tens to hundreds of microseconds on a busy machine) at every switch.
 */
final class Baton {
    private static final long SPIN_NANOS = 40_000;

    private final Thread owner;
    private volatile boolean held;

    Baton(Thread owner) {
        this.owner = owner;
    }

    /** Gives the baton to its owner (or wakes it to unwind, at the end of a schedule). */
    void give() {
        held = true;
        LockSupport.unpark(owner);
    }

    /** Waits until the baton is given, then takes it. Interrupts do not end the wait (learner code uses them). */
    void take() {
        if (!held) {
            long until = System.nanoTime() + SPIN_NANOS;
            while (!held && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            while (!held) {
                LockSupport.park(this);
            }
        }
        held = false;
    }
}
