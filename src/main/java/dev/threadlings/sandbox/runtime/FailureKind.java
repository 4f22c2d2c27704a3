package dev.threadlings.sandbox.runtime;

/**
 * The class of a {@link Finding}. Every kind but {@link #STUCK}, {@link #ERROR} and {@link #COMPILE_ERROR} is a
 * failure of the program; STUCK says the sandbox met code it does not model and ERROR that the sandbox itself
 * failed: the host reports both as "could not check" (exit 2), never as the program's failure.
 */
public enum FailureKind {
    ASSERTION,
    EXCEPTION,
    DEADLOCK,
    LOST_WAKEUP,
    HANG,
    EXIT,
    DATA_RACE,
    /** Code the sandbox does not model: a thread blocked in the JDK, a call it refuses, foreign threads. */
    STUCK,
    /** The sandbox itself failed (in the explorer VM or on the host). */
    ERROR,
    /** The scenario does not compile (found by the host, before anything runs). */
    COMPILE_ERROR
}
