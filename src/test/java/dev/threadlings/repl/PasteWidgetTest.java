package dev.threadlings.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
            // Ctrl-E after it ends the block at once (long waits here: no stall of the reader ends it earlier)
            feed.write((pasted + "int z = 1;\r\u0005").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.getWidgets().put(LineReader.SELF_INSERT, new PasteWidget((LineReaderImpl) reader,
                    reader.getWidgets().get(LineReader.SELF_INSERT), 60_000, 60_000));
            assertEquals("class A {\n    int x;\n\tint y;\n}\nint z = 1;", reader.readLine("> "));
        }
    }

    @Test
    void aPasteThatPausesBetweenChunksIsStillOneBlock() throws Exception {
        // the terminal writes a long paste in chunks as the editor drains them: the second chunk comes only once
        // the first has been taken, and the block goes on (long waits here, so that the pause is surely shorter
        // and no stall of the reader on a busy machine ends the block either)
        String first = "class B {\r    String s = \"\uD83D\uDE00\";\r";
        try (var in = new PipedInputStream(); var feed = new PipedOutputStream(in);
             var terminal = new DumbTerminal("paste", "dumb", in, new ByteArrayOutputStream(),
                     StandardCharsets.UTF_8)) {
            feed.write(first.getBytes(StandardCharsets.UTF_8));
            feed.flush();
            Thread rest = Thread.ofPlatform().start(() -> {
                try {
                    while (in.available() > 0) {
                        Thread.sleep(5);
                    }
                    // the end of the paste, then Ctrl-E: a key, not text, so the block ends at once (at a line's
                    // end: it is accepted) instead of after the lull
                    feed.write("}\r\u0005".getBytes(StandardCharsets.UTF_8));
                    feed.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.getWidgets().put(LineReader.SELF_INSERT, new PasteWidget((LineReaderImpl) reader,
                    reader.getWidgets().get(LineReader.SELF_INSERT), 60_000, 60_000));
            // a block that ended at the pause would have been accepted there, without the closing brace
            assertEquals("class B {\n    String s = \"\uD83D\uDE00\";\n}", reader.readLine("> "));
            rest.join();
        }
    }

    /**
     * Keys typed ahead while a snippet ran arrive together like a paste, but a short block still ends at the first
     * pause: the keys typed after it are not run together with it (with the long paste's lull they would wait for
     * more, here for ever, and the test would time out).
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aShortBlockEndsAtTheFirstPause() throws Exception {
        try (var in = new PipedInputStream(); var feed = new PipedOutputStream(in);
             var terminal = new DumbTerminal("paste", "dumb", in, new ByteArrayOutputStream(),
                     StandardCharsets.UTF_8)) {
            feed.write("/hint\r".getBytes(StandardCharsets.UTF_8));
            feed.flush();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.getWidgets().put(LineReader.SELF_INSERT, new PasteWidget((LineReaderImpl) reader,
                    reader.getWidgets().get(LineReader.SELF_INSERT), 1, TimeUnit.DAYS.toMillis(1)));
            assertEquals("/hint", reader.readLine("> "));
            feed.write("/check\r".getBytes(StandardCharsets.UTF_8));
            feed.flush();
            assertEquals("/check", reader.readLine("> "));
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
