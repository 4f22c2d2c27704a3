package dev.threadlings.repl.command;

import dev.threadlings.progress.Progress;
import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;

/** /reset-progress: forget every pass, failed check and read lesson; the learner's files stay as they are. */
public final class ResetProgressCommand implements Command {
    @Override
    public String name() {
        return "reset-progress";
    }

    @Override
    public String summary() {
        return "forget all progress (passes, read lessons); your exercise files stay as they are";
    }

    @Override
    public void run(Session session, String args) {
        Screen screen = session.screen();
        if (!session.confirm(session.text("reset-progress.ask"))) {
            screen.println(session.text("reset.nothing-changed"), Screen.INFO);
            return;
        }
        session.update(p -> Progress.empty());
        screen.println(session.text("reset-progress.done"), Screen.INFO);
    }
}
