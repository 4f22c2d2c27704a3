package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.checking.CheckPlan;
import dev.threadlings.checking.ExerciseChecker;
import dev.threadlings.checking.LessonExploration;
import dev.threadlings.course.CodeBlock;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.course.RightVariant;
import dev.threadlings.course.WrongVariant;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.eval.Outcome;
import dev.threadlings.eval.OutcomeText;
import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.ShellOptions;
import dev.threadlings.grade.Verdict;
import dev.threadlings.report.SandboxText;
import dev.threadlings.report.Styled;
import dev.threadlings.report.VerdictText;
import dev.threadlings.sandbox.SandboxReport;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course in lessons/ and exercises/ is product: it must load without problems, every lesson code block must
 * run, every starter must fail its checks, every wrong variant must fail the check it names, and every reference
 * solution and right variant must pass them all. Two run at a time: most of a check is waiting (VM start-up,
 * sleeps, the explorer VM), so two keep the machine's two cores busy.
 *
 * <p>Grading the exercises' starters, references and variants (the graders' proof, over 400 verdicts) takes most of
 * a quarter of an hour on two cores, so it is a command of its own ({@link GraderProof}), which CI runs after
 * {@code mvn -B test} (.ci/run). Without it the proof's tests are skipped, each saying how to run it;
 * {@code -Dcourse.only=…} runs the proof of the exercises it names.
 */
@ExtendWith(CourseProgress.class)
class CourseContentTest {
    static final Course COURSE = CourseLoader.load(Path.of("").toAbsolutePath());
    /** A checker per test thread: each keeps its own spare VM. */
    static final List<ExerciseChecker> CHECKERS = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final ThreadLocal<ExerciseChecker> CHECKER = ThreadLocal.withInitial(() -> {
        ExerciseChecker c = new ExerciseChecker();
        CHECKERS.add(c);
        return c;
    });

    @AfterAll
    static void close() {
        CHECKERS.forEach(ExerciseChecker::close);
    }

    /**
     * {@code -Dcourse.only=queues,pools-shutdown} narrows the parameterized tests to these lessons (and their
     * exercises) or exercises, for authors working on a few; unset, everything runs.
     */
    static final java.util.Set<String> ONLY = java.util.Arrays.stream(System.getProperty("course.only", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());

    /** In the test command, every {@value}th lesson runs its code blocks; the graders' proof runs them all. */
    static final int LESSON_SAMPLE_EVERY = 3;

    /**
     * The lessons, each named by its id in the reports and the progress lines: those {@code -Dcourse.only} names, all
     * of them in the graders' proof (CI's second command), and a third of them in the test command, which must stay
     * within its five minutes (every lesson's blocks take about a minute on two cores).
     */
    static Stream<Named<Lesson>> lessons() {
        List<Lesson> all = COURSE.lessons();
        return java.util.stream.IntStream.range(0, all.size())
                .filter(i -> GraderProof.wanted() || i % LESSON_SAMPLE_EVERY == 0)
                .mapToObj(all::get)
                .filter(l -> ONLY.isEmpty() || ONLY.contains(l.id()))
                .map(l -> Named.of(l.id(), l));
    }

    /** The exercises graded from a file (a challenge is graded from a schedule: {@link ChallengeProofTest}). */
    static Stream<Exercise> exercises() {
        return selected().filter(e -> !e.challenge());
    }

    /** The exercises {@code -Dcourse.only} selects, challenges too. */
    static Stream<Exercise> selected() {
        return COURSE.exercises().stream()
                .filter(e -> ONLY.isEmpty() || ONLY.contains(e.id()) || ONLY.contains(e.lessonId()));
    }

    /** The exercises, each named by its id in the reports and the progress lines. */
    static Stream<Named<Exercise>> exercisesById() {
        return exercises().map(e -> Named.of(e.id(), e));
    }

    @Test
    void courseLoadsWithoutProblems() {
        assertEquals(List.of(), COURSE.problems().stream().map(Object::toString).toList());
        assertTrue(COURSE.lessons().size() >= 3, "at least three lessons");
        for (Lesson l : COURSE.lessons()) {
            assertTrue(COURSE.exercisesOf(l).size() >= 2, l.id() + " has at least two exercises");
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcourse.only may select none
    @Execution(ExecutionMode.CONCURRENT) // these run two at a time; the class runs alone
    @MethodSource("lessons")
    void everyCodeBlockRuns(Lesson lesson) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RemoteShell shell = RemoteShell.start(ShellOptions.to(out).withPreview(lesson.preview()))) {
            for (CodeBlock block : lesson.codeBlocks()) {
                if (block.explored().isPresent()) {
                    // the lesson says this code is broken: the sandbox must show how, every time
                    SandboxReport r = LessonExploration.explore(lesson, block);
                    assertEquals(block.explored().get(), r.outcome(), () -> lesson.file().getFileName() + ":"
                            + block.line() + " block " + block.number() + " is explored for a "
                            + block.explored().get().id() + ":\n" + SandboxText.describe(r, 120, "").stream()
                            .map(Styled::text).collect(Collectors.joining("\n")));
                    continue;
                }
                List<Outcome> outcomes = CompletableFuture.supplyAsync(() -> shell.eval(block.code()))
                        .orTimeout(30, TimeUnit.SECONDS)
                        .exceptionally(e -> {
                            shell.kill();
                            return List.of(new Outcome.Stopped("block " + block.number() + " ran over 30 s"));
                        })
                        .get();
                for (Outcome o : outcomes) {
                    assertFalse(o.failed(), () -> lesson.file().getFileName() + ":" + block.line() + " block "
                            + block.number() + " fails:\n" + OutcomeText.jshellStyle().describe(o).stream()
                            .map(OutcomeText.Line::text).collect(Collectors.joining("\n")));
                }
            }
        }
    }

    @EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcourse.only may select none
    @Execution(ExecutionMode.CONCURRENT) // these run two at a time; the class runs alone
    @MethodSource("exercisesById")
    void starterFails(Exercise exercise) {
        Verdict v = CHECKER.get().check(exercise, exercise.starterFile(), CheckPlan.UNTIL_FIRST_FAILURE);
        assertEquals(Verdict.Status.FAILED, v.status(), () -> "the starter of " + exercise.id()
                + " must compile and fail a check:\n" + text(v));
    }

    /** A plausible wrong solution of an exercise, as the course test names it. */
    record Wrong(Exercise exercise, WrongVariant variant) {
        @Override
        public String toString() {
            return exercise.id() + " / " + variant.name();
        }
    }

    static Stream<Wrong> wrongVariants() {
        return exercises().flatMap(e -> e.wrongVariants().stream().map(v -> new Wrong(e, v)));
    }

    /**
     * Every wrong solution is rejected, and by the check its {@code why.md} names (with the failure class it names):
     * a wrong solution that fails only by accident — a typo, a timeout elsewhere — proves nothing about the check
     * meant to catch it. Checks after the named one are not run, nor the {@code explore} checks before it, which
     * share nothing with it ({@link CheckPlan#through}).
     */
    @EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcourse.only may select none
    @Execution(ExecutionMode.CONCURRENT) // these run two at a time; the class runs alone
    @MethodSource("wrongVariants")
    void plausibleWrongSolutionFails(Wrong w) {
        WrongVariant variant = w.variant();
        CheckPlan plan = variant.failsCheck().map(CheckPlan::through).orElse(CheckPlan.UNTIL_FIRST_FAILURE);
        Verdict v = CHECKER.get().check(w.exercise(), variant.file(), plan);
        assertEquals(Verdict.Status.FAILED, v.status(), () -> w + " is a wrong solution the checks must reject:\n"
                + text(v));
        variant.failsCheck().ifPresent(name -> {
            CheckResult named = v.results().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            assertTrue(named instanceof CheckResult.Failed, () -> w + " must be rejected by the check '" + name
                    + "', as its why.md says:\n" + text(v));
            variant.failsAs().ifPresent(kind -> assertEquals(kind, ((CheckResult.Failed) named).kind(),
                    () -> w + " must fail '" + name + "' as " + kind + ", as its why.md says:\n" + text(v)));
        });
    }

    @EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcourse.only may select none
    @Execution(ExecutionMode.CONCURRENT) // these run two at a time; the class runs alone
    @MethodSource("exercisesById")
    void solutionPasses(Exercise exercise) {
        Verdict v = CHECKER.get().check(exercise, exercise.solutionFile());
        assertEquals(Verdict.Status.PASSED, v.status(), () -> "the solution of " + exercise.id()
                + " must pass:\n" + text(v));
    }

    /** Another correct solution of an exercise, as the course test names it. */
    record Right(Exercise exercise, RightVariant variant) {
        @Override
        public String toString() {
            return exercise.id() + " / " + variant.name();
        }
    }

    static Stream<Right> rightVariants() {
        return exercises().flatMap(e -> e.rightVariants().stream().map(v -> new Right(e, v)));
    }

    /**
     * Every other correct solution passes every check, like the reference: a grader that accepts only the one way
     * its author wrote rejects learners who are right.
     */
    @EnabledIf(value = "dev.threadlings.content.GraderProof#wanted", disabledReason = GraderProof.COMMAND)
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcourse.only may select none
    @Execution(ExecutionMode.CONCURRENT) // these run two at a time; the class runs alone
    @MethodSource("rightVariants")
    void otherCorrectSolutionPasses(Right r) {
        Verdict v = CHECKER.get().check(r.exercise(), r.variant().file());
        assertEquals(Verdict.Status.PASSED, v.status(), () -> r + " is a correct solution (" + r.variant().explanation()
                + ") that every check must accept:\n" + text(v));
    }

    private static String text(Verdict v) {
        return VerdictText.describe(v, v.exerciseId()).stream().map(Styled::text).collect(Collectors.joining("\n"));
    }
}
