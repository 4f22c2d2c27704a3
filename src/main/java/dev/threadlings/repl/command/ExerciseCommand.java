package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.markdown.MarkdownRenderer;
import dev.threadlings.markdown.RenderOptions;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import dev.threadlings.markdown.JavaHighlighter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** /exercise id: open an exercise — its statement, and the learner's own copy of the file to edit. */
public final class ExerciseCommand implements Command {
    @Override
    public String name() {
        return "exercise";
    }

    @Override
    public String arguments() {
        return "<id>";
    }

    @Override
    public String summary() {
        return "open an exercise (no argument: show the current one again)";
    }

    @Override
    public List<String> argumentCandidates(Session session) {
        return ExerciseChoice.ids(session);
    }

    @Override
    public void run(Session session, String args) throws IOException {
        var chosen = ExerciseChoice.of(session, args, name());
        if (chosen.isEmpty()) {
            return;
        }
        Exercise e = chosen.get();
        Screen screen = session.screen();
        Path file = session.work().ensure(e);
        var doc = new MarkdownRenderer(new RenderOptions(screen.width(), screen.color(), session.messages()))
                .render(e.statement());
        List<AttributedString> lines = new ArrayList<>(doc.lines());
        lines.add(AttributedString.EMPTY);
        lines.addAll(screen.wrapped(session.text(e.challenge() ? "challenge.file" : "exercise.file", file),
                Screen.BOLD));
        if (e.challenge()) { // the code is the puzzle: shown here, as the course has it, not the learner's copy
            for (String line : Files.readAllLines(e.starterFile())) {
                lines.add(screen.color() ? JavaHighlighter.highlight("  " + line) : new AttributedString("  " + line));
            }
        }
        lines.addAll(screen.wrapped(e.challenge() ? session.text("challenge.how", e.solutionAfter())
                : session.text("exercise.how"), Screen.INFO));
        if (session.progress().passed(e.id())) {
            lines.add(new AttributedString(session.text("exercise.passed"), Screen.GOOD));
        }
        screen.page(lines);
        session.update(p -> p.withCurrentExercise(e.id()));
        session.checker().prepare(e);
    }
}
