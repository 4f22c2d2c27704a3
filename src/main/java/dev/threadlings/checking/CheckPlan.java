package dev.threadlings.checking;

import dev.threadlings.grade.CheckResult;
import java.util.function.Predicate;

/**
 * How far to run an exercise's checks. A learner sees every check; a mutation run or a course test only needs to
 * know whether (or where) a solution fails, and the checks after that point are time spent for nothing.
 *
 * @param stopAfter once a check's result matches, the checks after it are not run
 */
public record CheckPlan(Predicate<CheckResult> stopAfter) {

    /** Every check, whatever the earlier ones said. */
    public static final CheckPlan ALL = new CheckPlan(result -> false);

    /** Up to the first check that fails: enough to know the solution is rejected. */
    public static final CheckPlan UNTIL_FIRST_FAILURE = new CheckPlan(result -> result instanceof CheckResult.Failed);

    /** Up to and including the check named {@code name}: enough to know whether that check rejects it. */
    public static CheckPlan through(String name) {
        return new CheckPlan(result -> result.name().equals(name));
    }
}
