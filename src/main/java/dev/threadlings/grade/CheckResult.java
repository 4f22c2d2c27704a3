package dev.threadlings.grade;

import dev.threadlings.sandbox.SandboxReport;
import java.util.List;
import java.util.Optional;

/** The grade of one check. */
public sealed interface CheckResult {
    String name();

    /** The check held. */
    record Passed(String name) implements CheckResult {}

    /**
     * The check failed. {@code message} is the course's explanation for learners; {@code details} says what was
     * expected and what happened (a diff for output, the exception, the false expression); {@code kind} says why
     * for machines: {@code output}, {@code holds}, {@code holds-error}, {@code exception}, {@code timeout},
     * {@code vm-ended}, {@code does-not-fit}, {@code thread-died} (every expectation held, but a thread running the
     * learner's code died of an exception), {@code not-explored}, {@code not-found} (the sandbox found nothing
     * where a failure was expected), or the sandbox's failure class ({@code assertion}, {@code deadlock},
     * {@code data-race} …), or the id of a review rule a {@code review} block made fatal
     * ({@code unlock-outside-finally} …). {@code explored}: the sandbox's report when the sandbox found it (its
     * interleaving is rendered when shown, at the screen's width, before {@code details}).
     */
    record Failed(String name, String message, String reason, List<String> details, String kind,
                  Optional<SandboxReport> explored) implements CheckResult {
        public Failed(String name, String message, String reason, List<String> details, String kind) {
            this(name, message, reason, details, kind, Optional.empty());
        }
    }

    /**
     * The check could not say pass or fail: the sandbox met a call it does not model ({@code kind}
     * {@code not-modelled}) or failed itself ({@code error}), or the anti-pattern review could not read the file
     * ({@code not-reviewed}), or the machine was too busy to tell whether the check's code keeps to its time limit
     * ({@code machine-busy}). Never the learner's failure, never a pass.
     */
    record NotChecked(String name, String reason, List<String> details, String kind) implements CheckResult {}
}
