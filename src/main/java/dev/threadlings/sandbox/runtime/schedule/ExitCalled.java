package dev.threadlings.sandbox.runtime.schedule;

/**
 * Replaces System.exit / Runtime.halt in learner code: the exit becomes a reported event, not a dead VM. Here, not
 * beside the exit's stand-in: learner code may catch it, but cannot make one or read its status.
 */
public final class ExitCalled extends Error {
    public final int status;

    public ExitCalled(int status) {
        super("System.exit(" + status + ")", null, false, true);
        this.status = status;
    }
}
