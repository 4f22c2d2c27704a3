package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;

/** /reset: a fresh JShell. */
public final class ResetCommand implements Command {
    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String summary() {
        return "start a fresh JShell: forget all variables, methods and classes";
    }

    @Override
    public void run(Session session, String args) {
        session.shell().reset();
        session.screen().println("A fresh JShell is starting; everything you defined is gone.", Screen.INFO);
    }
}
