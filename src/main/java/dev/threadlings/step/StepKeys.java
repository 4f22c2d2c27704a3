package dev.threadlings.step;

import dev.threadlings.terminal.TerminalReply;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;

/**
 * The step view's keys, read with JLine's binding reader: a digit runs that thread's step, {@code u} undoes,
 * {@code a} plays a step of the failing schedule, {@code r} restarts, {@code q} leaves. White space (a piped
 * script's newlines) and a terminal's late reply to JLine's queries are ignored; any other key is {@link Key.Other}.
 */
final class StepKeys {
    sealed interface Key {
        record Run(int thread) implements Key {}

        record Undo() implements Key {}

        record Auto() implements Key {}

        record Restart() implements Key {}

        record Quit() implements Key {}

        record Other() implements Key {}

        record Ignored() implements Key {}

        /** The start of a terminal's late reply to JLine's queries, not a key pressed. */
        record Reply() implements Key {}
    }

    private final BindingReader reader;
    private final KeyMap<Key> keys = new KeyMap<>();

    StepKeys(Terminal terminal) {
        reader = new BindingReader(terminal.reader());
        for (int d = 0; d <= 9; d++) {
            keys.bind(new Key.Run(d), Integer.toString(d));
        }
        keys.bind(new Key.Undo(), "u");
        keys.bind(new Key.Auto(), "a");
        keys.bind(new Key.Restart(), "r");
        keys.bind(new Key.Quit(), "q", KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keys.bind(new Key.Ignored(), " ", "\n", "\r", "\t");
        keys.bind(new Key.Reply(), TerminalReply.START);
        keys.setNomatch(new Key.Other());
        keys.setAmbiguousTimeout(0);
    }

    /** The next key; {@link Key.Quit} at the end of input. */
    Key next() {
        while (true) {
            Key k = reader.readBinding(keys);
            if (k == null) {
                return new Key.Quit();
            }
            if (k instanceof Key.Reply) {
                TerminalReply.skipRest(reader::peekCharacter, reader::readCharacter);
            } else if (!(k instanceof Key.Ignored)) {
                return k;
            }
        }
    }
}
