package dev.threadlings.grade;

import dev.threadlings.review.Review;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.Optional;

/**
 * What running one check showed: the output its code printed, what went wrong while it ran (if anything), and the
 * value of each {@code holds} expression. Produced by the checking step, consumed by {@link Grader}.
 */
public record Observation(String output, String errorOutput, Optional<Trouble> trouble, List<HoldsValue> holds,
                          Optional<Explored> explored, Optional<Review> review, List<DiedThread> diedThreads) {

    public Observation {
        holds = List.copyOf(holds);
        diedThreads = List.copyOf(diedThreads);
    }

    /** An observation without the anti-pattern review (checks that do not ask for it). */
    public Observation(String output, String errorOutput, Optional<Trouble> trouble, List<HoldsValue> holds,
                       Optional<Explored> explored) {
        this(output, errorOutput, trouble, holds, explored, Optional.empty(), List.of());
    }

    /** The same observation, with what the anti-pattern review of the learner's file found. */
    public Observation withReview(Review review) {
        return new Observation(output, errorOutput, trouble, holds, explored, Optional.of(review), diedThreads);
    }

    /** The same observation, with the learner's threads that died of an exception while the check ran. */
    public Observation withDiedThreads(List<DiedThread> died) {
        return new Observation(output, errorOutput, trouble, holds, explored, review, died);
    }

    /** An observation of a check that ran its code once (no exploration). */
    public Observation(String output, String errorOutput, Optional<Trouble> trouble, List<HoldsValue> holds) {
        this(output, errorOutput, trouble, holds, Optional.empty());
    }

    /**
     * What exploring thread schedules found: the sandbox's report (nothing, a failure class, or why nothing could
     * be said; the details, the failing interleaving, how much was explored), put into words only when shown, in
     * the learner's language and at the width of the screen that shows it; {@code words} are the report's words,
     * which the checking step lends the grader (grading may not depend on the report package).
     */
    public record Explored(SandboxReport report, Words words) {
        /** The report in words, in a language. */
        public interface Words {
            /** What was found, in one line, led by its class. */
            String headline(Messages text);

            /** The lines under it (the wait-for graph, the frames, the cause). */
            List<String> details(Messages text);

            /** How much was explored. */
            String coverage(Messages text);
        }

        public SandboxOutcome outcome() {
            return report.outcome();
        }
    }

    /** Something that stopped the check's code from finishing normally. */
    public sealed interface Trouble {
        /** The code threw; {@code lines} is the exception and its frames, already mapped to the learner's file. */
        record Threw(String headline, List<String> lines) implements Trouble {}

        /** The code did not finish in time. */
        record TimedOut(long seconds) implements Trouble {}

        /**
         * The machine was too busy to say: learner code ran {@code seconds} by the clock, several times its limit,
         * without spending the limit in CPU or in waiting (its VM got no core). Never the learner's failure.
         */
        record MachineBusy(long seconds) implements Trouble {}

        /** The VM went away (System.exit, a crash). */
        record VmEnded(String reason) implements Trouble {}

        /** The check's code did not compile against the learner's code (a missing method, a renamed class). */
        record DoesNotFit(List<String> lines) implements Trouble {}
    }

    /**
     * A thread running the learner's code that died of an exception nothing caught (see the checking step for
     * which deaths count), with where it was thrown in the learner's file and the trace as the learner reads it.
     */
    public record DiedThread(String thread, String exception, String where, List<String> lines) {}

    /** One {@code holds} expression and what it evaluated to; empty value when it could not be evaluated. */
    public record HoldsValue(String expression, Optional<Boolean> value, String problem) {}
}
