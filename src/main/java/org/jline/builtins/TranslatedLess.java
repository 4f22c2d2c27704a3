package org.jline.builtins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;

/**
 * JLine's {@code less} saying its own words — the status line's {@code (END)}, {@code Pattern not found}, what an
 * option key turned on — through a translation, and without the commands that go from file to file: the console
 * pages one text, so {@code :e} (which would open any file from the console's folder, asking "Examine:") and
 * {@code :n :p :x :d} have nothing to do.
 *
 * <p>It sits in JLine's package because both hooks are package-private there: every word less shows on its status
 * line passes through {@code display(boolean, Integer)} (less keeps it in {@link #message}), and the key map is made
 * inside {@code run}. The help screen is a public hook ({@link #helpSource}); the caller gives its own.
 */
public class TranslatedLess extends Less {
    private static final String FILE_INFO = "FILE_INFO"; // less's own marker: compose "name lines a-b/n" when shown
    private static final Set<Operation> FILE_COMMANDS = EnumSet.of(Operation.ADD_FILE, Operation.NEXT_FILE,
            Operation.PREV_FILE, Operation.GOTO_FILE, Operation.DELETE_FILE);

    private final UnaryOperator<String> say;
    private KeyMap<Operation> keysWithoutFiles;

    /** @param say less's English message → the reader's words; a text it does not know comes back as it is */
    public TranslatedLess(Terminal terminal, Path currentDir, UnaryOperator<String> say) {
        super(terminal, currentDir);
        this.say = say;
    }

    @Override
    synchronized boolean display(boolean oneScreen, Integer curPos) throws IOException {
        if (keys != null && keys != keysWithoutFiles) { // the first screen of a run: its key map was just made
            for (Map.Entry<String, Operation> bound : keys.getBoundKeys().entrySet()) {
                if (FILE_COMMANDS.contains(bound.getValue())) {
                    keys.unbind(bound.getKey());
                }
            }
            keysWithoutFiles = keys;
        }
        if (!oneScreen && FILE_INFO.equals(message) && buffer.isEmpty()) {
            // less composes the position in English from the screen it lays out, and shows it in the same call:
            // a status line taken by a typed command (a blank) hides it until it is said again, just below
            buffer.append(' ');
            try {
                super.display(false, curPos);
            } finally {
                buffer.setLength(0);
            }
        }
        if (message != null) {
            message = say.apply(message);
        }
        return super.display(oneScreen, curPos);
    }
}
