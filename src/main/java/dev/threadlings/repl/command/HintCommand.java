package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.markdown.MarkdownRenderer;
import dev.threadlings.markdown.RenderOptions;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;

/** /hint: the next hint for the current exercise — each one says more than the last. */
public final class HintCommand implements Command {
    @Override
    public String name() {
        return "hint";
    }

    @Override
    public String summary() {
        return "show the next hint for the current exercise (they get more specific)";
    }

    @Override
    public void run(Session session, String args) {
        var chosen = ExerciseChoice.of(session, args, name());
        if (chosen.isEmpty()) {
            return;
        }
        Exercise e = chosen.get();
        Screen screen = session.screen();
        List<String> hints = e.hints();
        if (hints.isEmpty()) {
            screen.println(session.text("hint.none"), Screen.INFO);
            return;
        }
        int shown = session.hintsShown(e.id(), false);
        int n = shown < hints.size() ? session.hintsShown(e.id(), true) : hints.size();
        screen.println(session.text("hint.heading", n, hints.size()), Screen.BOLD);
        new MarkdownRenderer(new RenderOptions(screen.width(), screen.color(), session.messages()))
                .render(hints.get(n - 1)).lines()
                .forEach(screen::println);
        if (n < hints.size()) {
            screen.println(session.text("hint.more"), Screen.DIM);
        } else if (!session.progress().passed(e.id())) {
            screen.println(session.text("hint.last"), Screen.DIM);
        }
    }
}
