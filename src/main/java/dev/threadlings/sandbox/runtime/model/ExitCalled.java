package dev.threadlings.sandbox.runtime.model;

/** Replaces System.exit / Runtime.halt in learner code: the exit becomes a reported event, not a dead VM. */
public final class ExitCalled extends Error {
    public final int status;

    ExitCalled(int status) {
        super("System.exit(" + status + ")", null, false, true);
        this.status = status;
    }
}
