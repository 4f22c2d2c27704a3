package dev.threadlings.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A terminal's late answer to JLine's start-up queries, arriving at the first prompt, is not taken as typed text. */
class TerminalReplyWidgetTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[?1;2c", "\u001b[?62;22c", "\u001b[?2027;0$y\u001b[?1;2c", "\u001b[?1u"})
    void aLateReplyBeforeTheFirstLineLeavesTheLineAsTyped(String reply) throws Exception {
        try (var in = new PipedInputStream(); var feed = new PipedOutputStream(in);
             var terminal = new DumbTerminal("reply", "dumb", in, new ByteArrayOutputStream(),
                     StandardCharsets.UTF_8)) {
            feed.write((reply + "int x = 3;\r").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            TerminalReplyWidget.install((LineReaderImpl) reader);
            assertEquals("int x = 3;", reader.readLine("> "));
        }
    }

    /** Every other escape sequence reads exactly as it does without the widget. */
    @ParameterizedTest
    @ValueSource(strings = {"\u001b[A", "\u001b[3~", "\u001bb", "\u001b[1;5C", "\u001bOH"})
    void otherEscapeSequencesReadAsBefore(String key) throws Exception {
        assertEquals(read("ab" + key + "c\r", false), read("ab" + key + "c\r", true));
    }

    private static String read(String typed, boolean withWidget) throws Exception {
        try (var in = new PipedInputStream(); var feed = new PipedOutputStream(in);
             var terminal = new DumbTerminal("reply", "xterm-256color", in, new ByteArrayOutputStream(),
                     StandardCharsets.UTF_8)) {
            feed.write(typed.getBytes(StandardCharsets.UTF_8));
            feed.flush();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            if (withWidget) {
                TerminalReplyWidget.install((LineReaderImpl) reader);
            }
            return reader.readLine("> ");
        }
    }
}
