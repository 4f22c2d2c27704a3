package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.explore.Strategy;

/**
 * One decision: the choices there were (threads that could run, then {@link Liberties}), the one taken, the
 * thread that asked (-1 if it could not go on) and the thread that offered to step aside (Thread.yield; -1).
 */
public record Decision(int[] runnable, int chosen, int current, int yielder) {
    /**
     * Whether taking {@code choice} here costs a preemption in bounded search: switching away from a thread
     * that could go on, a yielding thread going on, or a liberty.
     */
    public boolean preempts(int choice) {
        return Liberties.is(choice) || current >= 0 && choice != current || choice == yielder;
    }

    public boolean preempted() {
        return preempts(chosen);
    }

    /** The choice that costs nothing: what the first schedule takes. */
    public int natural() {
        return new Strategy.NonPreemptive().pick(runnable, current, yielder, 0);
    }
}
