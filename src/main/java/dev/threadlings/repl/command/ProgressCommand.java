package dev.threadlings.repl.command;

import dev.threadlings.markdown.Columns;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
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
        session.screen().page(lines(session));
    }

    /** The page: a bar, then each lesson with its exercises, names in columns as wide as the longest one. */
    static List<AttributedString> lines(Session session) {
        var p = session.progress();
        List<Exercise> all = ExerciseChoice.orderedExercises(session);
        long done = all.stream().filter(e -> p.passed(e.id())).count();
        String figures = session.text("progress.bar", done, all.size(), all.isEmpty() ? 0 : 100 * done / all.size());
        // the bar gives way to the figures on a narrow screen (the Chinese ones are 32 columns wide)
        int length = Math.max(10, Math.min(BAR, session.screen().width() - Columns.width(figures)));
        int filled = all.isEmpty() ? 0 : (int) (length * done / all.size());
        List<AttributedString> lines = new ArrayList<>();
        AttributedStringBuilder bar = new AttributedStringBuilder();
        bar.styled(Screen.GOOD, "█".repeat(filled));
        bar.styled(Screen.DIM, "░".repeat(length - filled));
        bar.append(figures);
        lines.add(bar.toAttributedString());
        // two spaces at least between a name and its state, however long the name (a title ran into "pending")
        int titles = session.course().lessons().stream().mapToInt(l -> Columns.width(l.title())).max().orElse(0) + 2;
        int ids = all.stream().mapToInt(e -> Columns.width(e.id())).max().orElse(0) + 2;
        for (Lesson l : session.course().lessons()) {
            boolean current = p.currentLesson().filter(l.id()::equals).isPresent();
            String lessonState = session.text(current ? "progress.current"
                    : p.readLessons().contains(l.id()) ? "progress.read" : "progress.pending");
            lines.add(new AttributedStringBuilder()
                    .styled(Screen.BOLD, pad(l.title(), titles))
                    .styled(current ? Screen.INFO : Screen.DIM, lessonState).toAttributedString());
            for (Exercise e : session.course().exercisesOf(l)) {
                boolean cur = p.currentExercise().filter(e.id()::equals).isPresent();
                String state = session.text(p.passed(e.id()) ? "progress.done" : cur ? "progress.current"
                        : "progress.pending");
                if (!p.passed(e.id()) && p.failures(e.id()) > 0) {
                    state += session.text("progress.failures", p.failures(e.id()));
                }
                lines.add(new AttributedStringBuilder()
                        .append("  " + (p.passed(e.id()) ? "✔" : cur ? "▶" : "·") + " " + pad(e.id(), ids))
                        .styled(p.passed(e.id()) ? Screen.GOOD : cur ? Screen.INFO : Screen.DIM, state)
                        .toAttributedString());
            }
        }
        return lines;
    }

    // display columns, not chars: a Chinese title is twice as wide as its length
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(2, width - Columns.width(text)));
    }
}
