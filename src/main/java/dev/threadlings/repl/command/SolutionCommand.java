package dev.threadlings.repl.command;

import dev.threadlings.checking.ChallengeCheck;
import dev.threadlings.course.Exercise;
import dev.threadlings.markdown.JavaHighlighter;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.io.IOException;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import java.nio.file.Files;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * /solution: the reference solution, once earned by passing or after enough failed checks; for a break-it challenge,
 * "show me": a schedule that breaks it, played step by step.
 */
public final class SolutionCommand implements Command {
    @Override
    public String name() {
        return "solution";
    }

    @Override
    public String summary() {
        return "show the reference solution (after you pass, or after a few failed checks)";
    }

    @Override
    public void run(Session session, String args) throws IOException {
        var chosen = ExerciseChoice.of(session, args, name());
        if (chosen.isEmpty()) {
            return;
        }
        Exercise e = chosen.get();
        Screen screen = session.screen();
        int failures = session.progress().failures(e.id());
        if (!session.progress().passed(e.id()) && failures < e.solutionAfter()) {
            int left = e.solutionAfter() - failures;
            screen.println(session.text(e.challenge() ? "challenge.show-me-not-yet" : "solution.not-yet", left),
                    Screen.INFO);
            return;
        }
        if (e.challenge()) {
            showMe(session, e);
            return;
        }
        if (!Files.exists(e.solutionFile())) {
            screen.println(session.text("solution.none", e.id()), Screen.INFO);
            return;
        }
        screen.println(session.text("solution.heading", e.solutionFile().getFileName()), Screen.BOLD);
        for (String line : Files.readAllLines(e.solutionFile())) {
            screen.println(screen.color() ? JavaHighlighter.highlight("  " + line) : new AttributedString("  " + line));
        }
    }

    /** A challenge's "show me": the step view on a schedule that breaks it, which a plays one step at a time. */
    private static void showMe(Session session, Exercise challenge) throws IOException {
        List<Integer> breaking;
        try {
            breaking = ExplorerCodec.parseChoices(Files.readString(challenge.scheduleFile()).strip());
        } catch (java.nio.file.NoSuchFileException | NumberFormatException e) { // a grading bundle, or a broken copy
            session.screen().println(session.text("solution.none", challenge.id()), Screen.INFO);
            return;
        }
        session.screen().println(session.text("challenge.show-me", challenge.id()), Screen.INFO);
        StepCommand.stepThrough(session, new StepCommand.Target(ChallengeCheck.scenario(challenge), breaking,
                "/solution  " + challenge.id() + ": " + challenge.title(), true));
    }
}
