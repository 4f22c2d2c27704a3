package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;

/** /prev. */
public final class PrevCommand implements Command {
    @Override
    public String name() {
        return "prev";
    }

    @Override
    public String summary() {
        return "read the previous lesson";
    }

    @Override
    public void run(Session session, String args) {
        int prev = LessonView.currentIndex(session) - 1;
        if (prev < 0) {
            session.screen().println(session.text("prev.first"), Screen.INFO);
            return;
        }
        LessonView.show(session, session.course().lessons().get(prev));
    }
}
