package dev.threadlings.classroom;

import dev.threadlings.text.Messages;
import dev.threadlings.report.FailureLines;

import dev.threadlings.course.Check;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of each of an exercise's checks in one grade, every check accounted for — the unit that JUnit XML
 * (a testcase) and Exercism's {@code results.json} (a test) report, whatever stopped the grade early.
 *
 * @param check  the check
 * @param state  how to count it
 * @param kind   why, for machines: {@code passed}, a failure's kind ({@code data-race}, {@code output} …), a
 *               could-not-check kind ({@code not-modelled}, {@code error}), or {@code missing},
 *               {@code compile-error}, {@code not-checked}, {@code not-run}
 * @param why    for a check that did not pass: the short reason (the failure's reason, why it could not say, why
 *               it did not run)
 * @param text   for a failure: the course's explanation; else empty
 * @param output what was seen: a failure's details (expected and actual, the interleaving), joined by lines
 */
public record CheckOutcome(Check check, State state, String kind, String why, String text, String output) {

    /** How a check is counted. */
    public enum State {
        /** It ran and held. */
        PASSED,
        /** The student's code is wrong (including: nothing handed in, does not compile). */
        FAILED,
        /** It could not say pass or fail (not modelled, the grader's own error). */
        NOT_CHECKED,
        /** It did not run: an earlier check ended the VM, or the grade stopped before it. */
        NOT_RUN
    }

    /** Every check of {@code grade}'s exercise, in course order, the reasons in {@code text}'s language. */
    public static List<CheckOutcome> of(Grade grade, Messages text) {
        List<Check> checks = grade.exercise().checks();
        List<CheckOutcome> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            out.add(one(grade, checks.get(i), i, text));
        }
        return out;
    }

    private static CheckOutcome one(Grade grade, Check check, int index, Messages text) {
        return switch (grade) {
            case Grade.Missing m -> new CheckOutcome(check, State.FAILED, "missing", text.get("class.missing"),
                    text.get("class.missing.where", m.submission().name() + "/"
                            + m.submission().folder().relativize(m.expected())), "");
            case Grade.Graded g -> ofVerdict(g.verdict(), check, index, text);
        };
    }

    private static CheckOutcome ofVerdict(Verdict v, Check check, int index, Messages text) {
        String problems = String.join("\n", v.problems());
        if (v.status() == Verdict.Status.COMPILE_ERROR) {
            return new CheckOutcome(check, State.FAILED, "compile-error", text.get("class.compile-error"), "",
                    problems);
        }
        if (index >= v.results().size()) {
            return v.status() == Verdict.Status.CANNOT_RUN && v.results().isEmpty()
                    ? new CheckOutcome(check, State.NOT_CHECKED, "not-checked", text.get("class.not-checked"), "",
                            problems)
                    : new CheckOutcome(check, State.NOT_RUN, "not-run", text.get("class.not-run"), "", "");
        }
        CheckResult r = v.results().get(index);
        return switch (r) {
            case CheckResult.Passed p -> new CheckOutcome(check, State.PASSED, "passed", "", "", "");
            case CheckResult.Failed f -> new CheckOutcome(check, State.FAILED, f.kind(), f.reason(), f.message(),
                    String.join("\n", FailureLines.text(f, FailureLines.FILE_WIDTH, text)));
            case CheckResult.NotChecked n -> new CheckOutcome(check, State.NOT_CHECKED, n.kind(),
                    text.get("class.could-not-check", n.reason()), "", String.join("\n", n.details()));
        };
    }
}
