package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.checking.ChallengeCheck;
import dev.threadlings.course.BreaksExpectation;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.report.Styled;
import dev.threadlings.report.VerdictText;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every break-it challenge can be solved, and not by doing nothing: its stored schedule, replayed by the explorer
 * the way a learner's is graded, ends in the failure the challenge names; the trivial schedule (no choices: each
 * thread runs until it blocks or ends, the lowest-numbered next) does not — it ends normally, or in another failure,
 * which does not count either. Two explorer runs per challenge (about 2 CPU s each with the VMs' start-ups): with
 * the graders' proof ({@link GraderProof}: CI's second command, or {@code -Dcourse.only=<ids>}); the two small
 * tests below run by default.
 */
class ChallengeProofTest {
    @TempDir
    static Path tmp;

    static Stream<Named<Exercise>> challenges() {
        return CourseContentTest.selected().filter(Exercise::challenge).map(e -> Named.of(e.id(), e));
    }

    @Test
    void theCourseHasItsChallenges() {
        List<String> lessons = CourseContentTest.COURSE.exercises().stream().filter(Exercise::challenge)
                .map(Exercise::lessonId).distinct().sorted().toList();
        assertTrue(CourseContentTest.COURSE.exercises().stream().filter(Exercise::challenge).count() >= 8);
        assertEquals(List.of("coordination", "deadlock", "locks", "races"), lessons);
    }

    @EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcourse.only may select none
    @Execution(ExecutionMode.CONCURRENT)
    @MethodSource("challenges")
    void theStoredScheduleBreaksItAndTheTrivialOneDoesNot(Exercise challenge) throws IOException {
        String named = ((BreaksExpectation) challenge.checks().getFirst().expectations().getFirst()).expect();
        Verdict stored = ChallengeCheck.grade(challenge, challenge.scheduleFile(), Messages.ENGLISH);
        assertEquals(Verdict.Status.PASSED, stored.status(), () -> challenge.id() + ": the stored schedule "
                + "must end in a " + named + ":\n" + text(stored));

        Path trivial = Files.writeString(tmp.resolve(challenge.id() + "-trivial.txt"), "\n");
        Verdict none = ChallengeCheck.grade(challenge, trivial, Messages.ENGLISH);
        assertEquals(Verdict.Status.FAILED, none.status(), () -> challenge.id() + ": running each thread to its "
                + "end in turn must not solve it:\n" + text(none));
        CheckResult.Failed failed = (CheckResult.Failed) none.results().getFirst();
        assertNotEquals(named, failed.kind(), () -> text(none));
    }

    /**
     * A schedule that ends in a failure other than the named one does not count: the hit counter's trivial
     * schedule shows the data race on its count (a real failure the sandbox reports) but loses no update.
     */
    @Test
    void anotherFailureIsNotTheOneAskedFor() throws IOException {
        Exercise hits = CourseContentTest.COURSE.exercise("races-break-count").orElseThrow();
        Path trivial = Files.writeString(tmp.resolve("hits-trivial.txt"), "");
        Verdict v = ChallengeCheck.grade(hits, trivial, Messages.ENGLISH);
        CheckResult.Failed failed = (CheckResult.Failed) v.results().getFirst();
        assertEquals("data-race", failed.kind(), () -> text(v));
        assertTrue(failed.reason().contains("another failure") && failed.reason().contains("assertion failed"),
                failed.reason());
    }

    /** What is handed in is read as a schedule or refused as one; a missing one is no schedule yet. */
    @Test
    void aFileThatIsNoScheduleAndNoFileAtAllFailWithoutRunning() throws IOException {
        Exercise hits = CourseContentTest.COURSE.exercise("races-break-count").orElseThrow();
        Verdict java = ChallengeCheck.grade(hits, hits.starterFile(), Messages.ENGLISH);
        assertEquals("not-a-schedule", ((CheckResult.Failed) java.results().getFirst()).kind(), () -> text(java));
        Verdict missing = ChallengeCheck.grade(hits, tmp.resolve("nothing.txt"), Messages.ENGLISH);
        assertEquals("no-schedule", ((CheckResult.Failed) missing.results().getFirst()).kind(), () -> text(missing));
    }

    private static String text(Verdict v) {
        return VerdictText.describe(v, v.exerciseId()).stream().map(Styled::text).collect(Collectors.joining("\n"));
    }
}
