package dev.threadlings.repl.command;

import dev.threadlings.repl.Screen;
import dev.threadlings.repl.Session;
import java.util.List;
import java.util.function.Function;
import jdk.jshell.JShell;

/** Shared by /vars, /methods, /types and /imports: wait for JShell, list what it holds, say so when empty. */
final class SnippetListing {
    private SnippetListing() {}

    /** {@code what}: variables, methods, types or imports (its "none yet" is the bundle's snippets.none.<what>). */
    static void show(Session session, String what, Function<JShell, List<String>> lines) {
        Screen screen = session.screen();
        List<String> found;
        try {
            found = lines.apply(session.shell().shell().jshell());
        } catch (IllegalStateException e) {
            screen.println(session.text("snippets.not-running", e.getMessage()), Screen.ERROR);
            return;
        }
        if (found.isEmpty()) {
            screen.println(session.text("snippets.none." + what), Screen.DIM);
        }
        found.forEach(l -> screen.println(new org.jline.utils.AttributedString("|    " + l, Screen.INFO)));
    }
}
