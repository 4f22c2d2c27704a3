package dev.threadlings.sandbox;

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
     * The outcome the explorer VM wrote. Its "stuck" (a thread blocked inside a JDK call that is not modelled) is
     * {@link #NOT_MODELLED}; a name this side does not know is an internal error, never a verdict.
     */
    static SandboxOutcome fromExplorer(String name) {
        if (name.equals("stuck")) {
            return NOT_MODELLED;
        }
        for (SandboxOutcome o : values()) {
            if (o.id.equals(name) && o != COMPILE_ERROR) {
                return o;
            }
        }
        return ERROR;
    }
}
