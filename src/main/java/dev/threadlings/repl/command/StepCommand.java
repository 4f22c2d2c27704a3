package dev.threadlings.repl.command;

import dev.threadlings.checking.ChallengeCheck;
import dev.threadlings.checking.LessonExploration;
import dev.threadlings.checking.StepScenarios;
import dev.threadlings.course.Check;
import dev.threadlings.course.CodeBlock;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.Scenario;
import dev.threadlings.sandbox.StepSession;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.step.StepLoop;
import dev.threadlings.step.SteppedSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * /step: be the scheduler — after a failed check, step through its failing schedule on your own code, choosing
 * which thread runs next (a plays the failing one); /step n does the same for code block n of the current lesson.
 * On a break-it challenge, /step is how it is solved: the schedule the learner leaves with is graded.
 */
public final class StepCommand implements Command {
    @Override
    public String name() {
        return "step";
    }

    @Override
    public String arguments() {
        return "[n]";
    }

    @Override
    public String summary() {
        return "be the scheduler: step through the failed check's threads (or lesson code block n) one step at a time";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return session.currentLesson().map(l -> IntStream.rangeClosed(1, l.codeBlocks().size())
                .mapToObj(Integer::toString).toList()).orElse(List.of());
    }

    /** What to step through: the scenario, the failing schedule to play (may be empty), a title. */
    /** {@code play}: the failing schedule plays by itself first ("show me"). */
    record Target(Scenario scenario, List<Integer> failing, String title, boolean play) {
        Target(Scenario scenario, List<Integer> failing, String title) {
            this(scenario, failing, title, false);
        }
    }

    @Override
    public void run(Session session, String args) throws IOException {
        Optional<Exercise> challenge = session.currentExercise().filter(Exercise::challenge);
        if (args.isBlank() && challenge.isPresent()) {
            breakIt(session, challenge.get());
            return;
        }
        Optional<Target> target = args.isBlank() ? failedCheck(session) : lessonBlock(session, args.strip());
        if (target.isPresent()) {
            stepThrough(session, target.get());
        }
    }

    /** The step view on {@code target}; the schedule the learner left it with, empty when stepping failed. */
    static Optional<String> stepThrough(Session session, Target target) {
        Screen screen = session.screen();
        screen.println(session.text("step.starting"), Screen.DIM);
        try (StepSession stepping = StepSession.start(target.scenario(), ExploreSettings.defaults())) {
            String token = new StepLoop(screen.terminal(), target.title(), screen.color(), session.messages())
                    .run(new SteppedSchedule(stepping, List.of(), target.failing()), target.play());
            screen.println(token.isEmpty() ? session.text("step.left-at-start") : session.text("step.left", token),
                    Screen.INFO);
            return Optional.of(token);
        } catch (StepSession.StepException e) {
            screen.println(session.text("step.could-not", e.getMessage()), Screen.WARN);
            e.details().forEach(d -> screen.println("  " + d));
            return Optional.empty();
        }
    }

    /**
     * A break-it challenge: the learner steps through the course's code with nothing to auto-play, and the schedule
     * they leave with is kept in their work folder and graded — replayed by the explorer, as /check would.
     */
    private static void breakIt(Session session, Exercise challenge) throws IOException {
        Target target = new Target(ChallengeCheck.scenario(challenge), List.of(),
                "/step  " + challenge.id() + ": " + challenge.title());
        Optional<String> token = stepThrough(session, target);
        if (token.isEmpty() || token.get().isEmpty()) {
            return; // no steps taken: nothing to grade, and no try counted
        }
        session.work().saveSchedule(challenge, token.get());
        CheckFlow.run(session, challenge);
    }

    private static Optional<Target> failedCheck(Session session) throws IOException {
        Screen screen = session.screen();
        Optional<Exercise> exercise = session.currentExercise();
        Optional<CheckResult.Failed> failed = exercise.flatMap(e -> session.lastVerdict()
                .filter(v -> v.exerciseId().equals(e.id())))
                .flatMap(v -> v.results().stream().filter(r -> r instanceof CheckResult.Failed f
                        && f.explored().map(x -> !x.choices().isEmpty()).orElse(false))
                        .map(r -> (CheckResult.Failed) r).findFirst());
        if (failed.isEmpty()) {
            screen.println(session.text("step.no-failed-check"), Screen.INFO);
            return Optional.empty();
        }
        Exercise e = exercise.get();
        Check check = e.checks().stream().filter(c -> c.name().equals(failed.get().name())).findFirst().orElseThrow();
        Path file = session.work().ensure(e);
        Scenario scenario = StepScenarios.ofCheck(file.getFileName().toString(), Files.readString(file), check);
        SandboxReport report = failed.get().explored().orElseThrow();
        return Optional.of(new Target(scenario, report.choices(), "/step  " + e.id() + ": " + check.name()));
    }

    private static Optional<Target> lessonBlock(Session session, String args) {
        Screen screen = session.screen();
        Optional<Lesson> lesson = session.currentLesson();
        if (lesson.isEmpty()) {
            screen.println(session.text("run.no-lesson"), Screen.WARN);
            return Optional.empty();
        }
        List<CodeBlock> blocks = lesson.get().codeBlocks();
        int n;
        try {
            n = Integer.parseInt(args);
        } catch (NumberFormatException e) {
            screen.println(session.text("step.not-a-number"), Screen.WARN);
            return Optional.empty();
        }
        if (n < 1 || n > blocks.size()) {
            screen.println(session.text("run.range", blocks.size()), Screen.WARN);
            return Optional.empty();
        }
        CodeBlock block = blocks.get(n - 1);
        List<Integer> failing = List.of();
        if (block.explored().isPresent()) { // the lesson says this block breaks: find how, so that a can play it
            screen.println(session.text("run.exploring"), Screen.DIM);
            SandboxReport found = LessonExploration.explore(lesson.get(), block);
            failing = found.failed() ? found.choices() : List.of();
        }
        return Optional.of(new Target(StepScenarios.ofBlock(lesson.get(), block), failing,
                "/step " + n + "  " + lesson.get().id()));
    }
}
