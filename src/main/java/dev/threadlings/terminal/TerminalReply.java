package dev.threadlings.terminal;

import java.util.function.IntSupplier;
import java.util.function.LongToIntFunction;
import org.jline.keymap.KeyMap;

/**
 * A terminal's reply to the queries JLine sends when it opens the terminal (which modes it supports, then a
 * device-attributes request: {@code ESC[?2027;0$y}, {@code ESC[?1;2c}). JLine waits for them only a few milliseconds
 * (the launcher keeps its start fast where nothing answers); on a busy machine a reply comes later, among the keys,
 * where it read as typed text ({@code ?1;2c} at the console's first prompt) or as keys (its {@code 1} ran thread 1 in
 * the step view). No key sends {@code ESC [ ?}: every sequence starting so is such a reply — a private-mode control
 * sequence, parameters and intermediates (0x20–0x3F) up to one final byte (0x40–0x7E).
 */
public final class TerminalReply {
    /** How every reply starts; bind it in a key map to what calls {@link #skipRest}. */
    public static final String START = KeyMap.esc() + "[?";
    /** A reply arrives in one write: a lone {@code ESC[?} is not left waiting longer than this for its end. */
    private static final long REST_MS = 200;

    private TerminalReply() {}

    /**
     * Takes the rest of a reply whose {@link #START} was just read.
     *
     * @param peek the next character within a timeout in milliseconds, without taking it (negative: none came)
     * @param take takes that character
     */
    public static void skipRest(LongToIntFunction peek, IntSupplier take) {
        for (int c = peek.applyAsInt(REST_MS); c >= 0x20 && c <= 0x7E; c = peek.applyAsInt(REST_MS)) {
            take.getAsInt();
            if (c >= 0x40) {
                return; // the final byte
            }
        }
    }
}
