package dev.threadlings.grade;

import java.util.List;

/**
 * The outcome of checking one exercise.
 *
 * @param exerciseId which exercise
 * @param status     the overall result
 * @param results    one result per check that ran, in order (checks after a failure are not run)
 * @param problems   for {@link Status#COMPILE_ERROR}, the compiler's messages at the learner's file:line; for
 *                   {@link Status#CANNOT_RUN}, why nothing could be checked
 * @param totalChecks how many checks the exercise has
 * @param seconds     how long checking took
 */
public record Verdict(String exerciseId, Status status, List<CheckResult> results, List<String> problems,
                      int totalChecks, double seconds) {

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
    }

    /** All checks ran and passed → PASSED, else FAILED. */
    public static Verdict of(String exerciseId, List<CheckResult> results, int totalChecks, double seconds) {
        boolean passed = results.size() == totalChecks
                && results.stream().allMatch(r -> r instanceof CheckResult.Passed);
        return new Verdict(exerciseId, passed ? Status.PASSED : Status.FAILED, results, List.of(), totalChecks,
                seconds);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public long passedCount() {
        return results.stream().filter(r -> r instanceof CheckResult.Passed).count();
    }
}
