package dev.threadlings.repl;

import java.util.List;

/** One {@code /command}. Adding a command is one class plus one line in {@link Commands}. */
public interface Command {
    /** The name typed after the slash. */
    String name();

    /** How arguments are written, e.g. {@code <id|n>}; empty for none. */
    default String arguments() {
        return "";
    }

    /**
     * One line for /help's list, in English; a translation's bundle has {@code command.<name>.summary}, and any
     * bundle may have a longer {@code command.<name>.help} for {@code /help name}.
     */
    String summary();

    /** Candidates for the argument, for TAB completion. */
    default List<String> argumentCandidates(Session session) {
        return List.of();
    }

    void run(Session session, String arguments) throws Exception;
}
