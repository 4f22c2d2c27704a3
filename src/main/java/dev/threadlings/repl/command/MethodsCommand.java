package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;

/** /methods. */
public final class MethodsCommand implements Command {
    @Override
    public String name() {
        return "methods";
    }

    @Override
    public String summary() {
        return "list the methods you have declared";
    }

    @Override
    public void run(Session session, String args) {
        SnippetListing.show(session, "methods", js -> js.methods()
                .filter(m -> js.status(m).isActive())
                .map(m -> m.name() + " " + m.signature()).toList());
    }
}
