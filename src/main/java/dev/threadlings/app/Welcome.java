package dev.threadlings.app;

import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import org.jline.utils.AttributedStringBuilder;

/** The first lines a learner sees: what this is, where they are, what to type. */
final class Welcome {
    private Welcome() {}

    static void show(Session session) {
        Screen screen = session.screen();
        var p = session.progress();
        long done = session.course().exercises().stream().filter(e -> p.passed(e.id())).count();
        screen.println(new AttributedStringBuilder().styled(Screen.BOLD, "threadlings")
                .append(session.text("welcome.tagline")).toAttributedString());
        if (p.readLessons().isEmpty() && done == 0) {
            screen.println(session.text("welcome.start"), Screen.INFO);
        } else {
            String where = session.currentExercise().map(e -> session.text("welcome.at.exercise", e.id()))
                    .or(() -> session.currentLesson().map(l -> session.text("welcome.at.lesson", l.id())))
                    .orElse(session.text("welcome.at.course"));
            screen.println(session.text("welcome.back", where, done, session.course().exercises().size()),
                    Screen.INFO);
        }
    }
}
