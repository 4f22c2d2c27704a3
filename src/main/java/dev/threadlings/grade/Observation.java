package dev.threadlings.grade;

import java.util.List;
import java.util.Optional;

/**
 * What running one check showed: the output its code printed, what went wrong while it ran (if anything), and the
 * value of each {@code holds} expression. Produced by the checking step, consumed by {@link Grader}.
 */
public record Observation(String output, String errorOutput, Optional<Trouble> trouble, List<HoldsValue> holds) {

    public Observation {
        holds = List.copyOf(holds);
    }

    /** Something that stopped the check's code from finishing normally. */
    public sealed interface Trouble {
        /** The code threw; {@code lines} is the exception and its frames, already mapped to the learner's file. */
        record Threw(String headline, List<String> lines) implements Trouble {}

        /** The code did not finish in time. */
        record TimedOut(long seconds) implements Trouble {}

        /** The VM went away (System.exit, a crash). */
        record VmEnded(String reason) implements Trouble {}

        /** The check's code did not compile against the learner's code (a missing method, a renamed class). */
        record DoesNotFit(List<String> lines) implements Trouble {}
    }

    /** One {@code holds} expression and what it evaluated to; empty value when it could not be evaluated. */
    public record HoldsValue(String expression, Optional<Boolean> value, String problem) {}
}
