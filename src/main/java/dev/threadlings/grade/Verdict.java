package dev.threadlings.grade;

import dev.threadlings.review.Finding;
import java.util.List;

/**
 * The outcome of checking one exercise.
 *
 * @param exerciseId which exercise
 * @param status     the overall result
 * @param results    one result per check that ran, in order (checks after a failure are not run)
 * @param problems   for {@link Status#COMPILE_ERROR}, the compiler's messages at the learner's file:line; for
 *                   {@link Status#CANNOT_RUN} without results, why nothing could be checked (with results, the
 *                   checks that could not say are {@link CheckResult.NotChecked})
 * @param totalChecks how many checks the exercise has
 * @param seconds     how long checking took
 * @param review      the anti-pattern review's findings on the learner's file: advice, shown after the checks; it
 *                    changes the status only through a check's {@code review} block (empty when the file was not
 *                    reviewed)
 */
public record Verdict(String exerciseId, Status status, List<CheckResult> results, List<String> problems,
                      int totalChecks, double seconds, List<Finding> review) {

    /** Overall results, with the exit code {@code threadlings check} uses for each. */
    public enum Status {
        PASSED(0), FAILED(1), COMPILE_ERROR(1), CANNOT_RUN(2);

        public final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    public Verdict {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        review = List.copyOf(review);
    }

    /** A verdict without review findings. */
    public Verdict(String exerciseId, Status status, List<CheckResult> results, List<String> problems,
                   int totalChecks, double seconds) {
        this(exerciseId, status, results, problems, totalChecks, seconds, List.of());
    }

    /** The same verdict, with the review's findings. */
    public Verdict withReview(List<Finding> findings) {
        return new Verdict(exerciseId, status, results, problems, totalChecks, seconds, findings);
    }

    /**
     * A failed check → FAILED (the learner's code is wrong whatever the others say); else a check that could not
     * say → CANNOT_RUN (never a pass, never the learner's failure); else all ran and passed → PASSED, else FAILED.
     */
    public static Verdict of(String exerciseId, List<CheckResult> results, int totalChecks, double seconds) {
        Status status;
        if (results.stream().anyMatch(r -> r instanceof CheckResult.Failed)) {
            status = Status.FAILED;
        } else if (results.stream().anyMatch(r -> r instanceof CheckResult.NotChecked)) {
            status = Status.CANNOT_RUN;
        } else {
            status = results.size() == totalChecks ? Status.PASSED : Status.FAILED;
        }
        return new Verdict(exerciseId, status, results, List.of(), totalChecks, seconds);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public long passedCount() {
        return results.stream().filter(r -> r instanceof CheckResult.Passed).count();
    }
}
