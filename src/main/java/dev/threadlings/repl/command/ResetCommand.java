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
    public String help() {
        return summary() + ". /reset is jshell's /reset. To start an exercise over: /reset-exercise <id>; "
                + "to forget all progress: /reset-progress.";
    }

    @Override
    public void run(Session session, String args) {
        if (!args.isEmpty()) { // "/reset races-counter" reset JShell without a word about the exercise
            session.screen().println("/reset takes no argument: it restarts JShell. To start an exercise over: "
                    + "/reset-exercise " + args + "; to forget all progress: /reset-progress.", Screen.WARN);
            return;
        }
        session.shell().reset();
        session.screen().println("A fresh JShell is starting; everything you defined is gone.", Screen.INFO);
    }
}
