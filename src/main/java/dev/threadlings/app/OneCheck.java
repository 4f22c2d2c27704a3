package dev.threadlings.app;

import dev.threadlings.checking.CheckPlan;
import dev.threadlings.course.Check;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.text.Messages;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code threadlings check ID --check N [--replay S]}: one check of one exercise, the command a failing report
 * prints to bring its schedule back. The plain checks before it run too (it may build on what they left); the
 * explored ones are skipped (each explores in a VM of its own); the verdict shown is that check's alone, so a
 * replayed schedule that no longer fails is a pass of that check, exit 0.
 *
 * @param number the check's number, from 1
 */
record OneCheck(Check check, int number, CheckPlan plan) {

    /** The check asked for, or empty after saying on {@code err} why it cannot be (exit 2). */
    static Optional<OneCheck> of(Integer number, String replay, List<Exercise> chosen, boolean classroom,
                                 Messages text, PrintStream err) {
        if (number == null && replay == null) {
            return Optional.empty();
        }
        if (number == null || classroom || chosen.size() != 1 || chosen.getFirst().challenge()) {
            err.println(text.get("cli.check-one"));
            return Optional.empty();
        }
        List<Check> checks = chosen.getFirst().checks();
        if (number < 1 || number > checks.size()) {
            err.println(text.get("cli.check-range", chosen.getFirst().id(), checks.size()));
            return Optional.empty();
        }
        Check check = checks.get(number - 1);
        if (replay == null) {
            return Optional.of(new OneCheck(check, number, CheckPlan.through(check.name())));
        }
        if (check.expectations().stream().noneMatch(e -> e instanceof ExploreExpectation)) {
            err.println(text.get("cli.check-not-explored", number));
            return Optional.empty();
        }
        try {
            return Optional.of(new OneCheck(check, number,
                    CheckPlan.replaying(check.name(), ExplorerCodec.parseChoices(replay))));
        } catch (NumberFormatException e) {
            err.println(text.get("cli.replay-numbers"));
            return Optional.empty();
        }
    }

    /** The verdict as this check alone gives it; one that never reached it (no compile, no VM) as it is. */
    Verdict shown(Verdict v) {
        List<CheckResult> mine = v.results().stream().filter(r -> r.name().equals(check.name())).toList();
        if (mine.isEmpty() || v.status() == Verdict.Status.COMPILE_ERROR) {
            return v;
        }
        return Verdict.of(v.exerciseId(), mine, 1, v.seconds());
    }
}
