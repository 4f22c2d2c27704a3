package dev.threadlings.repl;

import dev.threadlings.terminal.TerminalReply;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/** The line editor swallows a terminal's late reply ({@link TerminalReply}) instead of taking it as typed text. */
final class TerminalReplyWidget implements Widget {
    static final String NAME = "threadlings-terminal-reply";

    private final LineReaderImpl reader;

    private TerminalReplyWidget(LineReaderImpl reader) {
        this.reader = reader;
    }

    /** Binds the widget in the line editor's main key map. */
    static void install(LineReaderImpl reader) {
        reader.getWidgets().put(NAME, new TerminalReplyWidget(reader));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(NAME), TerminalReply.START);
    }

    @Override
    public boolean apply() {
        TerminalReply.skipRest(reader::peekCharacter, reader::readCharacter);
        return true;
    }
}
