package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.FailureKind;

/**
 * What exploring a scenario came to. Three answers are not a verdict on the program: code the sandbox does not
 * model, an internal error, code that does not compile; only {@link Kind#FAILURE} accuses the program.
 */
public enum SandboxOutcome {
    NONE("none", Kind.NOTHING_FOUND),
    ASSERTION("assertion", Kind.FAILURE),
    EXCEPTION("exception", Kind.FAILURE),
    DEADLOCK("deadlock", Kind.FAILURE),
    LOST_WAKEUP("lost-wakeup", Kind.FAILURE),
    HANG("hang", Kind.FAILURE),
    EXIT("exit", Kind.FAILURE),
    DATA_RACE("data-race", Kind.FAILURE),
    /** A thread blocked in code the sandbox does not control: nothing can be said about the program. */
    NOT_MODELLED("not-modelled", Kind.COULD_NOT_CHECK),
    /** The sandbox itself failed (the explorer VM crashed, ran out of time, wrote no result). */
    ERROR("error", Kind.COULD_NOT_CHECK),
    COMPILE_ERROR("compile-error", Kind.DOES_NOT_COMPILE);

    /** What an outcome means for whoever asked, with the exit code {@code threadlings sandbox} gives it. */
    public enum Kind {
        NOTHING_FOUND(0), FAILURE(1), COULD_NOT_CHECK(2), DOES_NOT_COMPILE(2);

        public final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final String id;
    private final Kind kind;

    SandboxOutcome(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The name scripts and course files use: {@code lost-wakeup}, {@code data-race}, {@code not-modelled}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean failure() {
        return kind == Kind.FAILURE;
    }

    /**
     * The outcome of a failed schedule. Its "stuck" (a thread blocked inside a JDK call that is not modelled) is
     * {@link #NOT_MODELLED}, and the explorer's own failure {@link #ERROR}: neither is a verdict on the program.
     */
    public static SandboxOutcome of(FailureKind kind) {
        return switch (kind) {
            case ASSERTION -> ASSERTION;
            case EXCEPTION -> EXCEPTION;
            case DEADLOCK -> DEADLOCK;
            case LOST_WAKEUP -> LOST_WAKEUP;
            case HANG -> HANG;
            case EXIT -> EXIT;
            case DATA_RACE -> DATA_RACE;
            case STUCK -> NOT_MODELLED;
            case ERROR -> ERROR;
            case COMPILE_ERROR -> COMPILE_ERROR;
        };
    }
}
