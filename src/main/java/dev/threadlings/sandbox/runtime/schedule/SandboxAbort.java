package dev.threadlings.sandbox.runtime.schedule;

/** Thrown into managed threads to unwind them once a schedule has ended (a failure was found elsewhere). */
public final class SandboxAbort extends Error {
    public SandboxAbort() {
        super("the sandbox ended this schedule", null, false, false);
    }
}
