package dev.threadlings.sandbox.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The right to run, handed from one managed thread to the next: a flag and park/unpark. (Spinning before parking
 * was measured slower on two cores: the spinner takes the core the next thread needs.)
 */
final class Baton {

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
        while (!held) {
            LockSupport.park(this);
        }
        held = false;
    }
}
