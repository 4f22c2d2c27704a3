package dev.threadlings.sandbox.runtime;

/**
 * The class of a {@link Finding}. Every kind but {@link #STUCK}, {@link #ERROR} and {@link #COMPILE_ERROR} is a
 * failure of the program; STUCK says the sandbox met code it does not model and ERROR that the sandbox itself
 * failed: the host reports both as "could not check" (exit 2), never as the program's failure.
 */
public enum FailureKind {
    ASSERTION("assertion"),
    EXCEPTION("exception"),
    DEADLOCK("deadlock"),
    LOST_WAKEUP("lost-wakeup"),
    HANG("hang"),
    EXIT("exit"),
    DATA_RACE("data-race"),
    /** A thread blocked in code the sandbox does not control; the message names the call. */
    STUCK("stuck"),
    /** The sandbox itself failed (in the explorer VM or on the host). */
    ERROR("error"),
    /** The scenario does not compile (found by the host, before anything runs). */
    COMPILE_ERROR("compile-error");

    private final String id;

    FailureKind(String id) {
        this.id = id;
    }

    /** The name in the explorer's result text. */
    public String id() {
        return id;
    }

}
