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
                .append(" — Java concurrency, one interleaving at a time.").toAttributedString());
        if (p.readLessons().isEmpty() && done == 0) {
            screen.println("Start with /next to read the first lesson. Type Java to try it; /help lists commands.",
                    Screen.INFO);
        } else {
            String where = session.currentExercise().map(e -> "exercise " + e.id())
                    .or(() -> session.currentLesson().map(l -> "lesson " + l.id())).orElse("the course");
            screen.println("Welcome back: you are at " + where + ", " + done + " of "
                    + session.course().exercises().size() + " exercises passed. /progress shows it all.",
                    Screen.INFO);
        }
    }
}
