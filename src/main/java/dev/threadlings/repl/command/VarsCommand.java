package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;
import jdk.jshell.Snippet;

/** /vars. */
public final class VarsCommand implements Command {
    @Override
    public String name() {
        return "vars";
    }

    @Override
    public String summary() {
        return "list the variables you have declared, with their values";
    }

    @Override
    public void run(Session session, String args) {
        SnippetListing.show(session, "variables", js -> js.variables()
                .filter(v -> js.status(v) == Snippet.Status.VALID)
                .map(v -> v.typeName() + " " + v.name() + " = " + js.varValue(v)).toList());
    }
}
