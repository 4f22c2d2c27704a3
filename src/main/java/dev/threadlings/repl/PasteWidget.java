package dev.threadlings.repl;

import java.io.IOException;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.terminal.Terminal;

/**
 * Typing a character, the way a paste without bracketed paste arrives: when more characters already wait behind
 * it, they are taken in one go — line breaks and tabs as text — and the block is then accepted once, the way JLine
 * treats a bracketed paste. Key by key, every character redrew the whole growing buffer and every line break asked
 * JShell about all of it: a 10 KB paste cost about a minute of CPU. A waiting escape or control key (an arrow, Ctrl-D)
 * ends the block and is left for the line editor.
 */
final class PasteWidget implements Widget {
    private final LineReader reader;
    private final Widget selfInsert;
    private final Terminal terminal;

    PasteWidget(LineReader reader, Widget selfInsert, Terminal terminal) {
        this.reader = reader;
        this.selfInsert = selfInsert;
        this.terminal = terminal;
    }

    @Override
    public boolean apply() {
        boolean inserted = selfInsert.apply();
        StringBuilder block = new StringBuilder();
        try {
            for (int c = terminal.reader().peek(1); isText(c); c = terminal.reader().peek(1)) {
                terminal.reader().read(1);
                block.append(c == '\r' ? '\n' : (char) c);
            }
        } catch (IOException e) {
            // the terminal went away: keep what came
        }
        if (block.isEmpty()) {
            return inserted;
        }
        boolean ends = block.charAt(block.length() - 1) == '\n';
        reader.getBuffer().write(ends ? block.substring(0, block.length() - 1) : block.toString());
        if (ends) {
            reader.callWidget(LineReader.ACCEPT_LINE); // the paste ended its last line: run it, as typing would
        }
        return true;
    }

    private static boolean isText(int c) {
        return c >= 0 && (c >= ' ' || c == '\r' || c == '\n' || c == '\t') && c != 127;
    }
}
