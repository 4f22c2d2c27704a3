package dev.threadlings.repl;

import dev.threadlings.eval.ShellSupervisor;
import dev.threadlings.eval.SnippetSplitter;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/** Keeps reading lines while the Java typed so far is unfinished (an open brace, a dangling operator). */
final class JavaInputParser implements Parser {
    private final ShellSupervisor shell;

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
            List<SnippetSplitter.Piece> pieces = SnippetSplitter.split(shell.shell().analysis(), line);
            return !pieces.isEmpty() && !pieces.getLast().complete();
        } catch (RuntimeException e) {
            return false; // a shell that died while parsing: let evaluation report it
        }
    }
}
