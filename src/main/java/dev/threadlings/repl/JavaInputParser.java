package dev.threadlings.repl;

import dev.threadlings.eval.ShellSupervisor;
import dev.threadlings.eval.SnippetSplitter;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Keeps reading lines while the Java typed so far is unfinished (an open brace, a dangling operator).
 *
 * <p>A paste without bracketed paste arrives as one accepted line after another, each time with everything before
 * it ({@link PasteWidget} takes most pastes in one go; typed or slow input still comes line by line). A snippet
 * followed by more text ended at its own {@code ;} or {@code }}, so text appended later cannot change it: only the
 * buffer from the start of its last snippet is analysed again.
 */
final class JavaInputParser implements Parser {
    private final ShellSupervisor shell;
    /** A start of the buffer made of whole snippets that later text cannot change; "" when unknown. */
    private String settled = "";

    JavaInputParser(ShellSupervisor shell) {
        this.shell = shell;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && unfinished(line)) {
            throw new EOFError(-1, -1, "the snippet continues");
        }
        return InputLine.of(line, cursor);
    }

    private boolean unfinished(String line) {
        if (line.isBlank() || Input.isCommand(line) || !shell.ready()) {
            return false;
        }
        try {
            int from = line.startsWith(settled) ? settled.length() : 0;
            List<SnippetSplitter.Piece> pieces = SnippetSplitter.split(shell.shell().analysis(), line.substring(from));
            settled = pieces.isEmpty() ? line.substring(0, from) : line.substring(0, from + pieces.getLast().offset());
            return !pieces.isEmpty() && !pieces.getLast().complete();
        } catch (RuntimeException e) {
            settled = "";
            return false; // a shell that died while parsing: let evaluation report it
        }
    }
}
