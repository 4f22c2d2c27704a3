package dev.threadlings.sandbox.runtime;

import java.util.Optional;

/**
 * What went wrong in a schedule. Every kind but {@link #STUCK} and {@link #ERROR} is a failure of the program;
 * STUCK says the sandbox met code it does not model and ERROR that the sandbox itself failed: the host reports
 * both as "could not check" (exit 2), never as the program's failure.
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
    /** The explorer itself failed. */
    ERROR("error");

    private final String id;

    FailureKind(String id) {
        this.id = id;
    }

    /** The name in the explorer's result text. */
    public String id() {
        return id;
    }

    static Optional<FailureKind> of(String id) {
        for (FailureKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
