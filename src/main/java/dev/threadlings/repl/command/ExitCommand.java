package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;

/** /exit. */
public final class ExitCommand implements Command {
    @Override
    public String name() {
        return "exit";
    }

    @Override
    public String summary() {
        return "leave threadlings (your progress is saved as you go)";
    }

    @Override
    public void run(Session session, String args) {
        session.requestExit();
    }
}
