package dev.threadlings.grade;

import java.util.List;

/** The grade of one check. */
public sealed interface CheckResult {
    String name();

    /** The check held. */
    record Passed(String name) implements CheckResult {}

    /**
     * The check failed. {@code message} is the course's explanation for learners; {@code details} says what was
     * expected and what happened (a diff for output, the exception, the false expression).
     */
    record Failed(String name, String message, String reason, List<String> details) implements CheckResult {}
}
