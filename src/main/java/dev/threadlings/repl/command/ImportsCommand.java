package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;

/** /imports. */
public final class ImportsCommand implements Command {
    @Override
    public String name() {
        return "imports";
    }

    @Override
    public String summary() {
        return "list the imports in effect (the usual concurrency packages are imported for you)";
    }

    @Override
    public void run(Session session, String args) {
        SnippetListing.show(session, "imports", js -> js.imports().map(i -> i.source().strip()).toList());
    }
}
