package dev.threadlings.repl.command;

import dev.threadlings.checking.CheckPlan;
import dev.threadlings.course.Check;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import dev.threadlings.report.Rerun;
import dev.threadlings.report.VerdictText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Check an exercise, show the verdict, record it, and say what to do next. Shared by /check and /watch. */
final class CheckFlow {
    private CheckFlow() {}

    /**
     * The commands that bring a failed check's schedule back from a shell opened where the console was started (the
     * file's path in full; the language when it is not English, which a shell need not pick).
     */
    private static Function<CheckResult.Failed, Optional<Rerun>> reruns(Session session, Exercise e, Path file) {
        if (e.challenge()) {
            return f -> Optional.empty();
        }
        Rerun.Launch launch = Rerun.Launch.here(Optional.of(session.course().root()),
                session.language().isOriginal() ? Optional.empty() : Optional.of(session.language().tag()));
        return Rerun.ofChecks(launch, e.id(), e.checks().stream().map(Check::name).toList(), file);
    }

    static Verdict run(Session session, Exercise e) throws IOException {
        Screen screen = session.screen();
        // a challenge hands in the schedule stepped last; an exercise the learner's copy of the file
        Path file = e.challenge() ? session.work().submissionOf(e) : session.work().ensure(e);
        screen.println(e.challenge() ? session.text("challenge.replaying")
                : session.text("check.checking", file.getFileName()), Screen.DIM);
        Verdict v = session.checker().check(e, file, CheckPlan.ALL, session.messages());
        session.lastVerdict(v);
        screen.pageStyled(VerdictText.describe(v, e.id(), screen.width(), session.messages(), reruns(session, e, file)));
        switch (v.status()) {
            case PASSED -> {
                boolean first = !session.progress().passed(e.id());
                session.update(p -> p.withPassed(e.id()));
                if (first) {
                    screen.println(session.text(e.challenge() ? "challenge.well-done" : "check.well-done"),
                            Screen.GOOD);
                }
                ExerciseChoice.nextOpen(session, e).ifPresentOrElse(
                        n -> screen.println(session.text("check.next", n.id(), n.title()), Screen.INFO),
                        () -> screen.println(session.text("check.last-open"), Screen.INFO));
            }
            case FAILED, COMPILE_ERROR -> {
                session.update(p -> p.withFailure(e.id()));
                int failures = session.progress().failures(e.id());
                String more = failures >= e.solutionAfter() && !session.progress().passed(e.id())
                        ? session.text("check.solution-open") : "";
                if (e.challenge()) {
                    screen.println(session.text("challenge.again", failures) + more, Screen.INFO);
                    return v;
                }
                screen.println(session.text("check.fix", file.getFileName()) + more, Screen.INFO);
                if (v.results().stream().anyMatch(r -> r instanceof dev.threadlings.grade.CheckResult.Failed f
                        && f.explored().map(x -> !x.choices().isEmpty()).orElse(false))) {
                    screen.println(session.text("check.step"), Screen.INFO);
                }
            }
            case CANNOT_RUN -> screen.println(session.text("check.not-your-fault"), Screen.INFO);
        }
        return v;
    }
}
