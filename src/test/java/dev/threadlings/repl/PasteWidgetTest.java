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
import org.junit.jupiter.api.Test;

/**
 * A paste without bracketed paste — many lines arriving at once — is one block: read in one go and accepted once,
 * not a line at a time; what is typed key by key still works as before.
 */
class PasteWidgetTest {

    @Test
    void linesThatArriveTogetherAreOneBlockAcceptedOnce() throws Exception {
        String pasted = "class A {\r    int x;\r\tint y;\r}\r";
        try (var in = new PipedInputStream(); var feed = new PipedOutputStream(in);
             var terminal = new DumbTerminal("paste", "dumb", in, new ByteArrayOutputStream(),
                     StandardCharsets.UTF_8)) {
            feed.write((pasted + "int z = 1;\r").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            assertEquals("class A {\n    int x;\n\tint y;\n}\nint z = 1;", withPasteWidget(terminal).readLine("> "));
        }
    }

    @Test
    void aWaitingControlKeyEndsTheBlockAndIsLeftForTheEditor() throws Exception {
        // "ab", Ctrl-B (back a character), "X", Ctrl-H (delete back), "Y", Enter: the editor's keys, not text —
        // the line comes out as JLine alone makes it
        String keys = "ab\u0002X\bY\r";
        assertEquals(readWith(keys, false), readWith(keys, true));
        // a terminal's late answer to a query ("ESC [ ? 1 ; 2 c") that the editor reads ahead keeps its order
        String answer = "ab\u001b[?1;2cxy\r";
        assertEquals(readWith(answer, false), readWith(answer, true));
    }

    private static String readWith(String keys, boolean pasteWidget) throws Exception {
        try (var in = new PipedInputStream(); var feed = new PipedOutputStream(in);
             var terminal = new DumbTerminal("paste", "dumb", in, new ByteArrayOutputStream(),
                     StandardCharsets.UTF_8)) {
            feed.write(keys.getBytes(StandardCharsets.UTF_8));
            feed.flush();
            LineReader reader = pasteWidget ? withPasteWidget(terminal)
                    : LineReaderBuilder.builder().terminal(terminal).build();
            return reader.readLine("> ");
        }
    }

    private static LineReader withPasteWidget(DumbTerminal terminal) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        reader.getWidgets().put(LineReader.SELF_INSERT,
                new PasteWidget((LineReaderImpl) reader, reader.getWidgets().get(LineReader.SELF_INSERT)));
        return reader;
    }
}
