package dev.threadlings.sandbox.runtime.schedule;

import java.util.concurrent.locks.LockSupport;

/**
 * The right to run, handed from one managed thread to the next: a flag and park/unpark. (Spinning before parking
 * was measured slower on two cores: the spinner takes the core the next thread needs.)
 */
public final class Baton {

    private final Thread owner;
    private volatile boolean held;
    private volatile boolean pendingInterrupt;

    Baton(Thread owner) {
        this.owner = owner;
    }

    /** Gives the baton to its owner (or wakes it to unwind, at the end of a schedule). */
    void give() {
        held = true;
        LockSupport.unpark(owner);
    }

    /**
     * Waits until the baton is given, then takes it. Interrupts do not end the wait (learner code uses them). park()
     * returns at once while the interrupt flag is set, so an interrupted waiter would spin and, two of them, starve the
     * thread that holds the baton of both carrier threads: the flag is moved to {@link #interruptPending()} while
     * parked (set before it is cleared, so a reader never sees neither) and put back when the baton comes.
     */
    void take() {
        while (!held) {
            if (Thread.currentThread().isInterrupted()) {
                pendingInterrupt = true;
                Thread.interrupted();
            }
            LockSupport.park(this);
        }
        held = false;
        if (pendingInterrupt) {
            Thread.currentThread().interrupt();
            pendingInterrupt = false;
        }
    }

    /** True from {@link #give()} until the owner takes the baton: the owner is about to run. */
    public boolean given() {
        return held;
    }

    /** True when the owner was interrupted while it waited here (its own flag is then clear until it runs). */
    boolean interruptPending() {
        return pendingInterrupt;
    }
}
