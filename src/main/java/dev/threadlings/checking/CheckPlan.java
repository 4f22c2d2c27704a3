package dev.threadlings.checking;

import dev.threadlings.course.Check;
import dev.threadlings.grade.CheckResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How far to run an exercise's checks. A learner sees every check; a mutation run or a course test only needs to
 * know whether (or where) a solution fails, and the checks after that point are time spent for nothing.
 *
 * @param skip      checks not run at all: only checks that share nothing with the checks after them (an
 *                  {@code explore} check runs the learner's file in a VM of its own, so the checks after it see the
 *                  same JShell whether it ran or not)
 * @param stopAfter once a check's result matches, the checks after it are not run
 * @param replays   explored checks (by name) that run one given schedule instead of searching: a failing schedule
 *                  shown earlier, replayed ({@code threadlings check --check N --replay S})
 */
public record CheckPlan(Predicate<Check> skip, Predicate<CheckResult> stopAfter, Map<String, List<Integer>> replays) {

    public CheckPlan {
        replays = Map.copyOf(replays);
    }

    public CheckPlan(Predicate<Check> skip, Predicate<CheckResult> stopAfter) {
        this(skip, stopAfter, Map.of());
    }

    /** Every check, whatever the earlier ones said. */
    public static final CheckPlan ALL = new CheckPlan(check -> false, result -> false);

    /** Up to the first check that fails: enough to know the solution is rejected. */
    public static final CheckPlan UNTIL_FIRST_FAILURE = new CheckPlan(check -> false,
            result -> result instanceof CheckResult.Failed);

    /**
     * Up to and including the check named {@code name}: enough to know whether that check rejects it. The
     * {@code explore} checks before it are skipped: each explores in a VM of its own, so whether they pass changes
     * nothing in the named check's run (the JShell checks before it run, since the named one may use what they left).
     */
    public static CheckPlan through(String name) {
        return new CheckPlan(check -> !check.name().equals(name) && ExploreRun.wanted(check),
                result -> result.name().equals(name));
    }

    /** {@link #through} the explored check named {@code name}, which replays {@code choices} instead of searching. */
    public static CheckPlan replaying(String name, List<Integer> choices) {
        CheckPlan through = through(name);
        return new CheckPlan(through.skip(), through.stopAfter(), Map.of(name, choices));
    }

    /** The schedule {@code check} replays, if this plan gives it one. */
    Optional<List<Integer>> replayOf(Check check) {
        return Optional.ofNullable(replays.get(check.name()));
    }
}
