package dev.threadlings.step;

import dev.threadlings.terminal.TerminalReply;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The step view's keys, read with JLine's binding reader: a digit runs that thread's step, {@code w} and a digit
 * wakes that waiting thread as the JLS allows (a spurious wake-up, a timed wait ending early), {@code u} undoes,
 * {@code a} plays a step of the failing schedule, {@code r} restarts, {@code q} leaves. White space (a piped
 * script's newlines) and a terminal's late reply to JLine's queries are read and dropped here, so {@link #next()}
 * returns only keys; any other key is {@link Key.Other}.
 */
final class StepKeys {
    /** The prefix of a liberty's key: {@code w1} wakes thread 1. */
    static final String WAKE = "w";

    sealed interface Key {
        record Run(int thread) implements Key {}

        /** Take the liberty the JLS leaves this waiting thread: it wakes now. */
        record Wake(int thread) implements Key {}

        record Undo() implements Key {}

        record Auto() implements Key {}

        record Restart() implements Key {}

        record Quit() implements Key {}

        record Other() implements Key {}
    }

    /** What one binding read: a key, or input that is none (dropped by {@link #next()}). */
    private sealed interface Read {}

    private record Pressed(Key key) implements Read {}

    private enum NotAKey implements Read {
        BLANK,
        /** The start of a terminal's late reply to JLine's queries, not a key pressed. */
        REPLY
    }

    private final BindingReader reader;
    private final KeyMap<Read> keys = new KeyMap<>();

    StepKeys(Terminal terminal) {
        reader = new BindingReader(terminal.reader());
        for (int d = 0; d <= 9; d++) {
            keys.bind(new Pressed(new Key.Run(d)), Integer.toString(d));
            keys.bind(new Pressed(new Key.Wake(d)), WAKE + d);
        }
        keys.bind(new Pressed(new Key.Undo()), "u");
        keys.bind(new Pressed(new Key.Auto()), "a");
        keys.bind(new Pressed(new Key.Restart()), "r");
        keys.bind(new Pressed(new Key.Quit()), "q", KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keys.bind(NotAKey.BLANK, " ", "\n", "\r", "\t");
        keys.bind(NotAKey.REPLY, TerminalReply.START);
        keys.setNomatch(new Pressed(new Key.Other()));
        keys.setAmbiguousTimeout(0);
    }

    /**
     * Whether a key is pressed within {@code millis}, for what plays by itself (any key stops it): the key is read
     * and dropped. A terminal's late reply is no key; at the end of input (a pipe) nobody can press one, and the
     * time passes all the same.
     */
    boolean pressedWithin(long millis) throws InterruptedException {
        int c = reader.peekCharacter(millis);
        if (c == NonBlockingReader.READ_EXPIRED) {
            return false;
        }
        if (c < 0) {
            Thread.sleep(millis);
            return false;
        }
        if (reader.readBinding(keys) == NotAKey.REPLY) {
            TerminalReply.skipRest(reader::peekCharacter, reader::readCharacter);
            return false;
        }
        return true;
    }

    /** The next key; {@link Key.Quit} at the end of input. */
    Key next() {
        while (true) {
            Read read = reader.readBinding(keys);
            switch (read) {
                case null -> {
                    return new Key.Quit();
                }
                case Pressed p -> {
                    return p.key();
                }
                case NotAKey.REPLY -> TerminalReply.skipRest(reader::peekCharacter, reader::readCharacter);
                case NotAKey.BLANK -> { }
            }
        }
    }
}
