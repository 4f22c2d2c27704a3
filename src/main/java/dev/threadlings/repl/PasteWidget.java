package dev.threadlings.repl;

import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * Typing a character, the way a paste without bracketed paste arrives: when more characters already wait behind
 * it, they are taken in one go — line breaks and tabs as text — and the block is then accepted once, the way JLine
 * treats a bracketed paste. Key by key, every character redrew the whole growing buffer and every line break asked
 * JShell about all of it: a 10 KB paste cost about a minute of CPU. A waiting escape or control key (an arrow, Ctrl-D)
 * ends the block and is left for the line editor. Characters are peeked and taken through the line editor's own
 * reader, so that what it has already read ahead (the tail of an escape sequence) keeps its place.
 */
final class PasteWidget implements Widget {
    private final LineReaderImpl reader;
    private final Widget selfInsert;

    PasteWidget(LineReaderImpl reader, Widget selfInsert) {
        this.reader = reader;
        this.selfInsert = selfInsert;
    }

    @Override
    public boolean apply() {
        boolean inserted = selfInsert.apply();
        StringBuilder block = new StringBuilder();
        for (int c = reader.peekCharacter(1); isText(c); c = reader.peekCharacter(1)) {
            reader.readCharacter();
            block.append(c == '\r' ? '\n' : (char) c);
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
