package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;
import org.jline.utils.AttributedStringBuilder;

/** /progress: a bar, then every lesson and exercise as done, pending or current. */
public final class ProgressCommand implements Command {
    private static final int BAR = 30;

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public String summary() {
        return "show what you have done and what is left";
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        var p = session.progress();
        List<Exercise> all = ExerciseChoice.orderedExercises(session);
        long done = all.stream().filter(e -> p.passed(e.id())).count();
        int filled = all.isEmpty() ? 0 : (int) (BAR * done / all.size());
        AttributedStringBuilder bar = new AttributedStringBuilder();
        bar.styled(Screen.GOOD, "█".repeat(filled));
        bar.styled(Screen.DIM, "░".repeat(BAR - filled));
        bar.append(String.format("  %d of %d exercises passed (%d%%)", done, all.size(),
                all.isEmpty() ? 0 : 100 * done / all.size()));
        screen.println(bar.toAttributedString());
        for (Lesson l : session.course().lessons()) {
            boolean current = p.currentLesson().filter(l.id()::equals).isPresent();
            String lessonState = current ? "current" : p.readLessons().contains(l.id()) ? "read" : "pending";
            screen.println(new AttributedStringBuilder()
                    .styled(Screen.BOLD, String.format("%-34s", l.title()))
                    .styled(current ? Screen.INFO : Screen.DIM, lessonState).toAttributedString());
            for (Exercise e : session.course().exercisesOf(l)) {
                boolean cur = p.currentExercise().filter(e.id()::equals).isPresent();
                String state = p.passed(e.id()) ? "done" : cur ? "current" : "pending";
                if (!p.passed(e.id()) && p.failures(e.id()) > 0) {
                    state += " (" + p.failures(e.id()) + " failed check" + (p.failures(e.id()) == 1 ? ")" : "s)");
                }
                screen.println(new AttributedStringBuilder()
                        .append(String.format("  %s %-30s ", p.passed(e.id()) ? "✔" : cur ? "▶" : "·", e.id()))
                        .styled(p.passed(e.id()) ? Screen.GOOD : cur ? Screen.INFO : Screen.DIM, state)
                        .toAttributedString());
            }
        }
    }
}
