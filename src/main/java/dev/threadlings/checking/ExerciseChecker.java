package dev.threadlings.checking;

import dev.threadlings.eval.SourceFileLoader;
import dev.threadlings.eval.SourceMap;

import dev.threadlings.course.Check;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Grader;
import dev.threadlings.text.FileTrouble;
import dev.threadlings.text.Messages;
import dev.threadlings.grade.Observation;
import dev.threadlings.grade.Verdict;
import dev.threadlings.review.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs an exercise's checks against a learner's file: a fresh VM, the file, then each check's code and
 * expectations. Running is separate from grading ({@link Grader}) and from reporting.
 */
public final class ExerciseChecker implements AutoCloseable {
    /**
     * How long a check's code may take when the course does not say: the learner VM's CPU time, or time with all
     * its threads waiting ({@link TimeLimit}), not the machine's wall time.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The same for the learner file's own code while it loads (static initializers, top-level statements). */
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);

    private final SpareShell spare = new SpareShell();

    /**
     * Starts a VM for the next check of {@code exercise} in the background, so that the check itself does not wait
     * for one.
     */
    public void prepare(Exercise exercise) {
        spare.prepare(exercise.preview());
        ReviewRun.warmUp();
    }

    /** Checks {@code learnerFile} (usually the learner's copy; the starter or the solution in course tests). */
    public Verdict check(Exercise exercise, Path learnerFile) {
        return check(exercise, learnerFile, CheckPlan.ALL);
    }

    /**
     * Checks {@code learnerFile}, running the checks only as far as {@code plan} says; a verdict that stopped early
     * or skipped a check has fewer results than checks and is never a pass.
     */
    public Verdict check(Exercise exercise, Path learnerFile, CheckPlan plan) {
        return check(exercise, learnerFile, plan, Messages.ENGLISH);
    }

    /** As {@link #check(Exercise, Path, CheckPlan)}, the checks' reasons in {@code text}'s language. */
    public Verdict check(Exercise exercise, Path learnerFile, CheckPlan plan, Messages text) {
        if (exercise.challenge()) { // what is handed in is a schedule, replayed on the course's code
            return ChallengeCheck.grade(exercise, learnerFile, text);
        }
        long start = System.nanoTime();
        String source;
        try {
            source = Files.readString(learnerFile);
        } catch (IOException e) {
            return cannotRun(exercise, text.get("checker.cannot-read", learnerFile, FileTrouble.describe(e, text)), start);
        }
        // a learner sees the review after the checks; a mutation run or a course test only when a check needs it
        String fileName = learnerFile.getFileName().toString();
        Optional<ReviewRun> review = plan == CheckPlan.ALL || ReviewRun.wanted(exercise)
                ? Optional.of(ReviewRun.start(fileName, source)) : Optional.empty();
        CaptureShell shell;
        try {
            shell = spare.take(exercise.preview());
        } catch (RuntimeException e) {
            return cannotRun(exercise, text.get("checker.no-vm", e.getMessage()), start);
        }
        try (CaptureShell used = shell) {
            shell.shell().speak(text); // a spare shell may have spoken another language for the last check
            SourceFileLoader file;
            SourceMap sources = new SourceMap();
            try (Watchdog dog = Watchdog.arm(shell, LOAD_TIMEOUT)) {
                file = SourceFileLoader.load(shell.shell(), learnerFile.getFileName().toString(), source, sources, 1,
                        text);
                if (dog.machineBusy()) { // the VM was killed: its problems are not the learner's
                    return cannotRun(exercise, text.get("checker.machine-busy", dog.ranFor().toSeconds()),
                            start);
                }
            }
            String name = learnerFile.getFileName().toString();
            List<String> problems = new ArrayList<>(file.problems());
            if (problems.isEmpty()) { // what the checks rely on: the JDK's types and Java's own equality
                problems.addAll(ShadowedNames.problems(shell.shell().jshell(), sources, name, exercise.checks(),
                        text));
                problems.addAll(OwnObjectMethods.problems(shell.shell().loadedClasses(), sources, name, text));
            }
            if (!problems.isEmpty()) {
                return new Verdict(exercise.id(), Verdict.Status.COMPILE_ERROR, List.of(), problems,
                        exercise.checks().size(), seconds(start));
            }
            // the review overlapped the VM's start and the file's loading; it ends before the checks, so that its
            // CPU (a cold PMD takes seconds) never slows a timing check on a small machine
            review.ifPresent(ReviewRun::get);
            List<CheckResult> results = new ArrayList<>();
            for (Check check : exercise.checks()) {
                if (plan.skip().test(check)) {
                    continue;
                }
                Observation seen = ExploreRun.wanted(check)
                        ? ExploreRun.observe(learnerFile.getFileName().toString(), source, check,
                                plan.replayOf(check))
                        : CheckRun.observe(shell, sources, check, timeoutOf(check), text);
                seen = CheckMessages.translate(check, seen);
                if (ReviewRun.wanted(check)) {
                    seen = seen.withReview(review.orElseThrow().get());
                }
                CheckResult result = Grader.grade(check, seen, text);
                results.add(result);
                if (!shell.shell().alive() || plan.stopAfter().test(result)) {
                    break; // the VM is gone (later checks cannot run), or the plan knows enough
                }
            }
            List<Finding> advice = plan == CheckPlan.ALL ? review.orElseThrow().get().findings().stream()
                    .filter(f -> f.rule().advice()).toList() : List.of();
            return Verdict.of(exercise.id(), results, exercise.checks().size(), seconds(start)).withReview(advice);
        } finally {
            spare.prepare(exercise.preview());
        }
    }

    private static Duration timeoutOf(Check check) {
        return check.code().flatMap(s -> s.timeout()).orElse(DEFAULT_TIMEOUT);
    }

    private static Verdict cannotRun(Exercise exercise, String why, long start) {
        return new Verdict(exercise.id(), Verdict.Status.CANNOT_RUN, List.of(), List.of(why),
                exercise.checks().size(), seconds(start));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void close() {
        spare.close();
    }
}
