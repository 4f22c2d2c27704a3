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
 *
 * <p>A paste is told from typing by a character already waiting behind the one typed ({@code start}); once the
 * block is longer than anyone types ahead ({@link #LONG_CHARS}), a pause of up to {@code lull} does not end it.
 * JLine reads the terminal a byte at a time through a thread of its own, and the terminal writes a long paste in
 * chunks as the line editor drains them: on a busy machine either may wait more than a millisecond for the CPU, and
 * each such pause ended the block there — a redraw of the whole buffer so far (87 of them, 20 ms each, for a 100 KB
 * paste). A short block still ends at the first pause, so that keys typed ahead while a snippet ran, and the keys
 * typed after them, are not run together: a redraw of a short buffer costs little.
 */
final class PasteWidget implements Widget {
    /** How long a typed character waits for another behind it: far below any typist's pace. */
    static final long START_MS = 10;
    /** How long a long paste under way may pause. */
    static final long LULL_MS = 100;
    /** A block this long is a paste, not keys typed ahead. */
    static final int LONG_CHARS = 1024;

    private final LineReaderImpl reader;
    private final Widget selfInsert;
    private final long startMs;
    private final long lullMs;

    PasteWidget(LineReaderImpl reader, Widget selfInsert) {
        this(reader, selfInsert, START_MS, LULL_MS);
    }

    /** @param startMs and {@code lullMs}: the waits above; tests give a long lull to make a pause certain */
    PasteWidget(LineReaderImpl reader, Widget selfInsert, long startMs, long lullMs) {
        this.reader = reader;
        this.selfInsert = selfInsert;
        this.startMs = startMs;
        this.lullMs = lullMs;
    }

    @Override
    public boolean apply() {
        boolean inserted = selfInsert.apply();
        StringBuilder block = new StringBuilder();
        for (int c = reader.peekCharacter(startMs); isText(c);
                c = reader.peekCharacter(block.length() < LONG_CHARS ? startMs : lullMs)) {
            int taken = reader.readCharacter(); // a whole code point, where the peek saw its first half
            block.appendCodePoint(taken == '\r' ? '\n' : taken);
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
