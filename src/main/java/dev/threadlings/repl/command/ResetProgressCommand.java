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
        if (!session.confirm("Forget all your progress: every passed exercise and read lesson?")) {
            screen.println("Nothing changed.", Screen.INFO);
            return;
        }
        session.update(p -> Progress.empty());
        screen.println("Your progress is cleared. Your exercise files are untouched (/reset-exercise <id> puts a "
                + "starter back). /next starts at the first lesson.", Screen.INFO);
    }
}
