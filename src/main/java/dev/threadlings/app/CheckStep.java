package dev.threadlings.app;

import dev.threadlings.checking.StepScenarios;
import dev.threadlings.course.Check;
import dev.threadlings.course.Course;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.classroom.Submission;
import dev.threadlings.report.Rerun;
import dev.threadlings.sandbox.Scenario;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code threadlings step --exercise ID --check N [--file F]}: an exercise's explored check to step through — the
 * learner's file and the check's code, the same scenario the check explored, so that its failing schedule replays.
 *
 * @param file   the learner's file (given, else the work copy)
 * @param launch what commands printed for pasting need (course, language)
 */
record CheckStep(Exercise exercise, Check check, int number, Path file, Rerun.Launch launch) {

    /** The check asked for, or empty after saying on {@code err} why not (exit 2). */
    static Optional<CheckStep> of(RootCommand root, String id, Integer number, Path file, Path program,
                                  PrintStream err) {
        if (id == null || number == null || program != null) {
            err.println(root.messages().get("cli.step.check-needs"));
            return Optional.empty();
        }
        Optional<Course> course = CourseOpening.open(root.course, root.language(), err);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        Optional<Exercise> exercise = course.get().exercise(id);
        if (exercise.isEmpty() || exercise.get().challenge()) {
            err.println(root.messages().get("cli.step.no-exercise", id));
            return Optional.empty();
        }
        var checks = exercise.get().checks();
        if (number < 1 || number > checks.size()) {
            err.println(root.messages().get("cli.check-range", id, checks.size()));
            return Optional.empty();
        }
        Check check = checks.get(number - 1);
        if (expectation(check).isEmpty()) {
            err.println(root.messages().get("cli.step.not-explored", number));
            return Optional.empty();
        }
        Path learner = file != null ? file : new Submission("you", Places.workFolder(root.work,
                course.get().root())).fileOf(exercise.get(), false);
        return Optional.of(new CheckStep(exercise.get(), check, number, learner.toAbsolutePath(),
                PastedCommands.launch(course.get().root(), root.lang)));
    }

    private static Optional<ExploreExpectation> expectation(Check check) {
        return check.expectations().stream().filter(e -> e instanceof ExploreExpectation)
                .map(e -> (ExploreExpectation) e).findFirst();
    }

    Scenario scenario(String text) {
        return StepScenarios.ofCheck(file.getFileName().toString(), text, check);
    }

    /** The search the check itself makes: the failing schedule {@code a} plays is one the check would find. */
    ExploreSettings settings() {
        ExploreExpectation e = expectation(check).orElseThrow();
        return ExploreSettings.defaults().withSearch(e.search()).withBudget(e.budget()).withSeconds(e.seconds())
                .withBound(e.bound());
    }

    Rerun rerun(String schedule) {
        return Rerun.ofCheck(launch, exercise.id(), number, file, schedule);
    }

    String title() {
        return "threadlings step  " + exercise.id() + ": " + check.name();
    }
}
