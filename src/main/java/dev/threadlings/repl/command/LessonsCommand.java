package dev.threadlings.repl.command;

import dev.threadlings.course.Exercise;
import dev.threadlings.course.Lesson;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** /lessons: the table of contents. */
public final class LessonsCommand implements Command {
    @Override
    public String name() {
        return "lessons";
    }

    @Override
    public String summary() {
        return "list the lessons: ✔ read, ▶ current";
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        List<Lesson> lessons = session.course().lessons();
        if (lessons.isEmpty()) {
            screen.println(session.text("lessons.none"), Screen.WARN);
        }
        String current = session.progress().currentLesson().orElse("");
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            List<Exercise> ex = session.course().exercisesOf(l);
            long done = ex.stream().filter(e -> session.progress().passed(e.id())).count();
            String mark = l.id().equals(current) ? "▶" : session.progress().readLessons().contains(l.id()) ? "✔" : " ";
            AttributedStringBuilder sb = new AttributedStringBuilder();
            sb.append(String.format(" %s %2d  ", mark, i + 1));
            sb.styled(Screen.BOLD, l.title());
            sb.styled(Screen.DIM, "  (" + l.id() + ")");
            if (!ex.isEmpty()) {
                sb.styled(done == ex.size() ? Screen.GOOD : Screen.DIM, "  " + session.text("lessons.count", done, ex.size()));
            }
            screen.println(sb.toAttributedString());
        }
        screen.println(new AttributedString(session.text("lessons.open"), Screen.DIM));
    }
}
