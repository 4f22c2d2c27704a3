package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import org.jline.utils.AttributedStringBuilder;

/** /exercises: every exercise by lesson, with its state. */
public final class ExercisesCommand implements Command {
    @Override
    public String name() {
        return "exercises";
    }

    @Override
    public String summary() {
        return "list the exercises: ✔ passed, ✘ tried, ▶ current";
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        String current = session.progress().currentExercise().orElse("");
        for (Lesson l : session.course().lessons()) {
            var exercises = session.course().exercisesOf(l);
            if (exercises.isEmpty()) {
                continue;
            }
            screen.println(l.title(), Screen.BOLD);
            for (Exercise e : exercises) {
                boolean passed = session.progress().passed(e.id());
                int failures = session.progress().failures(e.id());
                String mark = e.id().equals(current) ? "▶" : passed ? "✔" : failures > 0 ? "✘" : "·";
                AttributedStringBuilder sb = new AttributedStringBuilder();
                sb.styled(passed ? Screen.GOOD : failures > 0 ? Screen.ERROR : Screen.DIM, "  " + mark + " ");
                sb.append(String.format("%-26s", e.id()));
                sb.styled(Screen.DIM, e.title());
                if (e.challenge()) { // solved by stepping, not by editing: worth knowing before opening it
                    sb.styled(Screen.INFO, "  " + session.text("exercises.challenge"));
                }
                screen.println(sb.toAttributedString());
            }
        }
        screen.println(session.text("exercises.open"), Screen.DIM);
    }
}
