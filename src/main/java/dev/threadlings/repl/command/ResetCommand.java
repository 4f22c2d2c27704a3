package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;

/** /reset: a fresh JShell, as in jshell; exercises and progress have commands of their own. */
public final class ResetCommand implements Command {
    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String summary() {
        return "start a fresh JShell: forget your variables, methods and classes (exercises and progress stay)";
    }

    @Override
    public void run(Session session, String args) {
        if (!args.isEmpty()) { // "/reset races-counter" reset JShell without a word about the exercise
            session.screen().println(session.text("reset.no-argument", args), Screen.WARN);
            return;
        }
        session.shell().reset();
        session.screen().println(session.text("reset.fresh"), Screen.INFO);
    }
}
