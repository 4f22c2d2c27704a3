package dev.threadlings.sandbox.runtime;

/** Thrown into managed threads to unwind them once a schedule has ended (a failure was found elsewhere). */
final class SandboxAbort extends Error {
    SandboxAbort() {
        super("the sandbox ended this schedule", null, false, false);
    }
}
