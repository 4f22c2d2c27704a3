package dev.threadlings.repl.command;

import dev.threadlings.repl.Command;
import dev.threadlings.repl.Session;

/** /types. */
public final class TypesCommand implements Command {
    @Override
    public String name() {
        return "types";
    }

    @Override
    public String summary() {
        return "list the classes, records, interfaces and enums you have declared";
    }

    @Override
    public void run(Session session, String args) {
        SnippetListing.show(session, "types", js -> js.types()
                .filter(t -> js.status(t).isActive())
                .map(t -> t.subKind().toString().replace("_SUBKIND", "").toLowerCase() + " " + t.name()).toList());
    }
}
