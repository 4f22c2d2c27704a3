package dev.threadlings.grade;

import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.RacingAccesses;
import dev.threadlings.text.Messages;
import dev.threadlings.sandbox.runtime.Search;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.course.Check;
import dev.threadlings.course.Expectation;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.course.HoldsExpectation;
import dev.threadlings.course.OutputExpectation;
import dev.threadlings.course.OutputMode;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.course.ReviewExpectation;
import dev.threadlings.review.Finding;
import dev.threadlings.review.Review;
import dev.threadlings.review.ReviewRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraderTest {
    private static Check check(Expectation e) {
        return new Check("the check", "what it means", Path.of("/course/checks.md"), 1, Optional.empty(), List.of(e),
                Map.of());
    }

    private static Observation ran(String out, List<Observation.HoldsValue> holds) {
        return new Observation(out, "", Optional.empty(), holds);
    }

    @Test
    void aFalseHoldsShowsWhatTheCheckPrinted() {
        CheckResult r = Grader.grade(check(new HoldsExpectation(List.of("n == 2"), 3)),
                ran("n = 1\n", List.of(new Observation.HoldsValue("n == 2", Optional.of(false), ""))));
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, r);
        assertEquals("expected n == 2 to be true, but it was false", f.reason());
        assertEquals(List.of("it printed:", "  n = 1"), f.details());
        assertEquals("holds", f.kind());
    }

    @Test
    void aMachineTooBusyToSayIsCouldNotCheckNeverTheLearnersFailure() {
        Observation seen = new Observation("", "", Optional.of(new Observation.Trouble.MachineBusy(41)), List.of());
        CheckResult r = Grader.grade(check(new OutputExpectation(OutputMode.EXACT, "done", 3)), seen);
        CheckResult.NotChecked n = assertInstanceOf(CheckResult.NotChecked.class, r);
        assertEquals("machine-busy", n.kind());
        assertTrue(n.reason().startsWith("could not check: the machine was too busy — the check ran 41 s"),
                n.reason());
        assertEquals(Verdict.Status.CANNOT_RUN, Verdict.of("x", List.of(r), 1, 41).status());
        CheckResult zh = Grader.grade(check(new OutputExpectation(OutputMode.EXACT, "done", 3)), seen,
                new Messages(dev.threadlings.course.Language.ZH.locale()));
        assertTrue(((CheckResult.NotChecked) zh).reason().startsWith("无法检查：机器太忙了"), zh.toString());
    }

    @Test
    void aLearnersThreadThatDiedFailsACheckWhoseResultsLookRight() {
        var died = new Observation.DiedThread("upper-loop", "java.lang.NullPointerException: Cannot invoke x",
                "Server.java:47", List.of("Exception in thread \"upper-loop\" java.lang.NullPointerException",
                "  at Server.accept(Server.java:47)"));
        Observation seen = new Observation("reply: HELLO\n",
                "Exception in thread \"upper-loop\" java.lang.NullPointerException\n\tat Server.accept(line 49)\n"
                        + "other line\n", Optional.empty(), List.of(new Observation.HoldsValue("ok", Optional.of(true), "")))
                .withDiedThreads(List.of(died));
        CheckResult r = Grader.grade(check(new HoldsExpectation(List.of("ok"), 3)), seen);
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, r);
        assertEquals("thread-died", f.kind());
        assertEquals("what the check looked at came out right, but your thread \"upper-loop\" died of "
                + "NullPointerException at Server.java:47: a thread that dies of an exception leaves its work undone, "
                + "and no caller hears of it", f.reason());
        assertEquals(List.of("Exception in thread \"upper-loop\" java.lang.NullPointerException",
                "  at Server.accept(Server.java:47)", "it printed:", "  reply: HELLO",
                "your code also wrote this to System.err:", "  other line"), f.details(),
                "the JDK's copy of the trace is not shown twice");
        Observation failing = new Observation("", "", Optional.empty(),
                List.of(new Observation.HoldsValue("ok", Optional.of(false), ""))).withDiedThreads(List.of(died));
        assertEquals("holds", ((CheckResult.Failed) Grader.grade(check(new HoldsExpectation(List.of("ok"), 3)),
                failing)).kind(), "a check that fails anyway fails for its own reason");
    }

    @Test
    void aTrueHoldsPasses() {
        CheckResult r = Grader.grade(check(new HoldsExpectation(List.of("n == 2"), 3)),
                ran("", List.of(new Observation.HoldsValue("n == 2", Optional.of(true), ""))));
        assertInstanceOf(CheckResult.Passed.class, r);
    }

    @Test
    void anOutputMismatchShowsTheDifferenceNotTheOutputAgain() {
        CheckResult r = Grader.grade(check(new OutputExpectation(OutputMode.EXACT, "42\n", 3)), ran("41\n", List.of()));
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, r);
        assertFalse(f.details().contains("it printed:"), f.details().toString());
    }

    @Test
    void aDataRaceFailsACheckThatExpectsNoFailure() {
        Observation seen = explored(SandboxOutcome.DATA_RACE, "data race on Worker.stop: main writes at W.java:9, T1 "
                + "reads at W.java:4");
        CheckResult r = Grader.grade(check(new ExploreExpectation(2000, 20, Search.AUTO, 2, "none", 3)), seen);
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, r);
        assertTrue(f.reason().contains("data race on Worker.stop"), f.reason());
        assertEquals("data-race", f.kind());
        CheckResult expected = Grader.grade(check(new ExploreExpectation(2000, 20, Search.AUTO, 2, "data-race", 3)),
                seen);
        assertInstanceOf(CheckResult.Passed.class, expected, "expect=data-race accepts the race");
    }

    /** A report of {@code outcome} whose words are {@code message} (the grader reads the outcome and the words). */
    private static Observation explored(SandboxOutcome outcome, String message) {
        dev.threadlings.sandbox.runtime.Finding finding = switch (outcome) {
            case DATA_RACE -> new dev.threadlings.sandbox.runtime.Finding.DataRace(new RacingAccesses("Worker.stop",
                    new RacingAccesses.Access("main", true, "W.java:9"),
                    new RacingAccesses.Access("T1", false, "W.java:4")), List.of(), 0);
            case NOT_MODELLED -> new dev.threadlings.sandbox.runtime.Finding.Blocked("LockSupport.park", List.of());
            case ERROR -> new dev.threadlings.sandbox.runtime.Finding.SandboxFailed(
                    dev.threadlings.sandbox.runtime.Finding.SandboxFailed.Reason.INTERNAL, "boom", List.of());
            default -> throw new IllegalArgumentException("no example of " + outcome);
        };
        SandboxReport report = SandboxReport.unexplored(finding);
        assertEquals(outcome, report.outcome());
        Observation.Explored.Words words = new Observation.Explored.Words() {
            public String headline(Messages text) {
                return message;
            }

            public List<String> details(Messages text) {
                return List.of("T1 is waiting inside LockSupport.park");
            }

            public String coverage(Messages text) {
                return "1 schedule (PCT)";
            }
        };
        return new Observation("", "", Optional.empty(), List.of(), Optional.of(new Observation.Explored(report,
                words)));
    }

    @Test
    void anUnmodelledCallIsNeitherAPassNorAFailureWhateverTheCheckExpects() {
        Observation seen = explored(SandboxOutcome.NOT_MODELLED, "could not check this: LockSupport.park is not "
                + "modelled");
        for (String expect : ExploreExpectation.OUTCOMES) {
            CheckResult r = Grader.grade(check(new ExploreExpectation(2000, 20, Search.AUTO, 2, expect, 3)), seen);
            CheckResult.NotChecked n = assertInstanceOf(CheckResult.NotChecked.class, r, "expect=" + expect);
            assertEquals("not-modelled", n.kind());
            assertTrue(n.reason().contains("LockSupport.park is not modelled"), n.reason());
        }
    }

    @Test
    void anInternalErrorOfTheSandboxIsNotTheLearnersFailure() {
        CheckResult r = Grader.grade(check(new ExploreExpectation(2000, 20, Search.AUTO, 2, "none", 3)),
                explored(SandboxOutcome.ERROR, "the sandbox could not run this: internal error: boom"));
        assertEquals("error", assertInstanceOf(CheckResult.NotChecked.class, r).kind());
    }

    @Test
    void aCheckThatCouldNotSayMakesTheExerciseUncheckedUnlessAnotherFailed() {
        CheckResult passed = new CheckResult.Passed("a");
        CheckResult unsure = new CheckResult.NotChecked("b", "could not check this: X is not modelled", List.of(),
                "not-modelled");
        CheckResult failed = new CheckResult.Failed("c", "", "wrong", List.of(), "holds");
        Verdict v = Verdict.of("ex", List.of(passed, unsure), 2, 1);
        assertEquals(Verdict.Status.CANNOT_RUN, v.status());
        assertEquals(2, v.status().exitCode);
        assertFalse(v.passed());
        assertEquals(Verdict.Status.FAILED, Verdict.of("ex", List.of(unsure, failed), 2, 1).status(),
                "a real failure is still the learner's");
        assertEquals(Verdict.Status.PASSED, Verdict.of("ex", List.of(passed), 1, 1).status());
    }

    private static Observation reviewed(Review review) {
        return ran("", List.of()).withReview(review);
    }

    @Test
    void aFatalFindingFailsWithTheRulesSentenceAndTheLearnersLines() {
        Review review = new Review.Reviewed(List.of(
                new Finding(ReviewRule.SLEEP_HOLDING_LOCK, "Bank.java", 9, "Thread.sleep(5);"),
                new Finding(ReviewRule.UNLOCK_OUTSIDE_FINALLY, "Bank.java", 14, "lock.unlock();"),
                new Finding(ReviewRule.UNLOCK_OUTSIDE_FINALLY, "Bank.java", 20, "lock.unlock();")));
        CheckResult r = Grader.grade(check(new ReviewExpectation(List.of("unlock-outside-finally"), 3)),
                reviewed(review));
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, r);
        assertEquals("unlock-outside-finally", f.kind());
        assertEquals(ReviewRule.UNLOCK_OUTSIDE_FINALLY.sentence(), f.reason());
        assertEquals(List.of("Bank.java:14: lock.unlock();", "Bank.java:20: lock.unlock();"), f.details());
        assertEquals("what it means", f.message());
    }

    @Test
    void aFindingThatIsNotFatalIsOnlyAdvice() {
        Review review = new Review.Reviewed(List.of(
                new Finding(ReviewRule.SLEEP_HOLDING_LOCK, "Bank.java", 9, "Thread.sleep(5);")));
        assertInstanceOf(CheckResult.Passed.class,
                Grader.grade(check(new ReviewExpectation(List.of("unlock-outside-finally"), 3)), reviewed(review)));
    }

    @Test
    void aFileThatWasNotReviewedIsNeitherAPassNorAFailure() {
        CheckResult r = Grader.grade(check(new ReviewExpectation(List.of("wait-not-in-loop"), 3)),
                reviewed(new Review.NotReviewed("review.could-not-read", "Learner.java", "PMD could not parse line 3")));
        CheckResult.NotChecked n = assertInstanceOf(CheckResult.NotChecked.class, r);
        assertEquals("not-reviewed", n.kind());
        assertTrue(n.reason().contains("the analyzer could not read Learner.java: PMD could not parse line 3"),
                n.reason());
        CheckResult never = Grader.grade(check(new ReviewExpectation(List.of("wait-not-in-loop"), 3)),
                ran("", List.of()));
        assertEquals("not-reviewed", assertInstanceOf(CheckResult.NotChecked.class, never).kind());
        assertEquals(Verdict.Status.CANNOT_RUN, Verdict.of("ex", List.of(r), 1, 1).status());
    }
}
