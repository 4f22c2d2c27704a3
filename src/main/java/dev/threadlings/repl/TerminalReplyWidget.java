package dev.threadlings.repl;

import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * Swallows a terminal's late reply to the queries JLine sends when it opens the terminal (which modes it supports,
 * then a device-attributes request: {@code ESC[?2027;0$y}, {@code ESC[?1;2c}). JLine waits for them only a few
 * milliseconds (the launcher keeps its start fast where nothing answers); on a busy machine the reply comes after
 * the first prompt, and without this the editor took {@code ?1;2c} as typed text, so the learner's first line did
 * not compile. No key sends {@code ESC [ ?}: every sequence starting so is such a reply — a private-mode control
 * sequence, parameters and intermediates (0x20–0x3F) up to one final byte (0x40–0x7E).
 */
final class TerminalReplyWidget implements Widget {
    static final String NAME = "threadlings-terminal-reply";
    static final String START = KeyMap.esc() + "[?";
    /** A reply arrives in one write; a lone {@code ESC[?} is not left waiting for more than this. */
    private static final long REST_MS = 200;

    private final LineReaderImpl reader;

    private TerminalReplyWidget(LineReaderImpl reader) {
        this.reader = reader;
    }

    /** Binds the widget in the line editor's main key map. */
    static void install(LineReaderImpl reader) {
        reader.getWidgets().put(NAME, new TerminalReplyWidget(reader));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(NAME), START);
    }

    @Override
    public boolean apply() {
        for (int c = reader.peekCharacter(REST_MS); c >= 0x20 && c <= 0x7E; c = reader.peekCharacter(REST_MS)) {
            reader.readCharacter();
            if (c >= 0x40) {
                break; // the final byte
            }
        }
        return true;
    }
}
