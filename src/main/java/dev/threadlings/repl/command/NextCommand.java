package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;

/** /next. */
public final class NextCommand implements Command {
    @Override
    public String name() {
        return "next";
    }

    @Override
    public String summary() {
        return "read the next lesson";
    }

    @Override
    public void run(Session session, String args) {
        var lessons = session.course().lessons();
        int next = LessonView.currentIndex(session) + 1;
        if (next >= lessons.size()) {
            session.screen().println(session.text(lessons.isEmpty() ? "next.none" : "next.last"), Screen.INFO);
            return;
        }
        LessonView.show(session, lessons.get(next));
    }
}
