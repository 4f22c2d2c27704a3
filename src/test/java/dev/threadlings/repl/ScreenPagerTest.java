package dev.threadlings.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Language;
import dev.threadlings.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

/** Long text goes through JLine's less at a real terminal, and comes out plain on a dumb one or a pipe. */
class ScreenPagerTest {
    private static final List<AttributedString> HUNDRED_LINES = IntStream.rangeClosed(1, 100)
            .mapToObj(i -> new AttributedString("line " + i)).toList();

    @Test
    void aDumbTerminalGetsEveryLinePlainAndNoPrompt() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (var in = new PipedInputStream(); var keys = new PipedOutputStream(in);
             Terminal terminal = terminal(in, shown, Terminal.TYPE_DUMB)) {
            new Screen(terminal, false, true).page(HUNDRED_LINES); // no key is ever sent: it must not wait
            String text = shown.toString(StandardCharsets.UTF_8);
            assertEquals(String.join("\n", HUNDRED_LINES.stream().map(AttributedString::toString).toList()) + "\n",
                    text.replace("\r", ""));
        }
    }

    @Test
    void aRealTerminalScrollsSearchesAndQuitsWithQ() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (var in = new PipedInputStream(); var keys = new PipedOutputStream(in);
             Terminal terminal = terminal(in, shown, "xterm-256color")) {
            Screen screen = new Screen(terminal, false, true);
            CompletableFuture<Void> paging = CompletableFuture.runAsync(() -> screen.page(HUNDRED_LINES));
            // keys typed before less puts the terminal in raw mode would be cooked (Enter made a line feed)
            awaitShown(shown, "q: done");
            // ↓, PgDn, PgUp, then a search for line 77, then q
            keys.write((KeyMap.key(terminal, InfoCmp.Capability.key_down) + KeyMap.key(terminal,
                    InfoCmp.Capability.key_npage) + KeyMap.key(terminal, InfoCmp.Capability.key_ppage)
                    + "/line 77\rq").getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            paging.get(30, TimeUnit.SECONDS); // q ended the pager (a hang fails here instead of hanging the run)
            String text = shown.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("line 1"), text);
            assertTrue(text.contains("line 77"), "the search moved to line 77:\n" + text);
            assertFalse(text.contains("line 100\n"), "not everything was printed at once:\n" + text);
            // the arrow's escape sequence was the pager's: nothing is left over for the prompt
            assertEquals(-2, terminal.reader().peek(50));
        }
    }

    /**
     * Less's own words (the status line's search miss, end, position and option toggles, its help screen) come in
     * the reader's language; its file commands are not there (":e" would ask "Examine:" for a file to open).
     */
    @Test
    void theChinesePagerSaysLessOwnWordsInChinese() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (var in = new PipedInputStream(); var keys = new PipedOutputStream(in);
             Terminal terminal = terminal(in, shown, "xterm-256color")) {
            Screen screen = new Screen(terminal, false, true);
            screen.speak(new Messages(Language.ZH.locale()));
            CompletableFuture<Void> paging = CompletableFuture.runAsync(() -> screen.page(HUNDRED_LINES));
            awaitShown(shown, "空格：下一页");
            for (String[] keyAndWords : new String[][] {{"=", "第 1–11 行，共 100 行"},
                    {"/zzz\r", "没有找到匹配的内容"}, {"G", "（结束）"}, {"=", "第 90–100 行，共 100 行"},
                    {"-N", "显示行号"}, {":e", null}, {"h", "翻页器的按键"}, {"q", null}}) {
                keys.write(keyAndWords[0].getBytes(StandardCharsets.US_ASCII));
                keys.flush();
                if (keyAndWords[1] != null) {
                    assertTrue(awaitShown(shown, keyAndWords[1]), keyAndWords[0] + " → " + keyAndWords[1] + ":\n"
                            + shown.toString(StandardCharsets.UTF_8));
                }
            }
            keys.write('q');
            keys.flush();
            paging.get(30, TimeUnit.SECONDS);
            String text = shown.toString(StandardCharsets.UTF_8);
            for (String english : List.of("Pattern not found", "(END)", "lines ", "Constantly", "Examine", "HELP",
                    "SUMMARY")) {
                assertFalse(text.contains(english), english + " in:\n" + text);
            }
        }
    }

    /** At 60 columns the full status line (62) wrapped, leaving "ne" of "done" alone on the last line. */
    @Test
    void theStatusLineFitsANarrowTerminal() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (var in = new PipedInputStream(); var keys = new PipedOutputStream(in);
             Terminal terminal = terminal(in, shown, "xterm-256color")) {
            Screen screen = new Screen(terminal, false, true);
            CompletableFuture<Void> paging = CompletableFuture.runAsync(() -> screen.page(HUNDRED_LINES));
            assertTrue(awaitShown(shown, "q: done"), shown.toString(StandardCharsets.UTF_8));
            keys.write('q');
            keys.flush();
            paging.get(30, TimeUnit.SECONDS);
            String text = shown.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("space: more · b: back · q: done"), text);
            assertFalse(text.contains("space: next page"), text);
        }
    }

    private static boolean awaitShown(ByteArrayOutputStream shown, String text) throws InterruptedException {
        for (int i = 0; i < 3000 && !shown.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(10);
        }
        return shown.toString(StandardCharsets.UTF_8).contains(text);
    }

    private static Terminal terminal(PipedInputStream in, ByteArrayOutputStream out, String type) throws Exception {
        return TerminalBuilder.builder().system(false).provider("exec").streams(in, out).type(type)
                .encoding(StandardCharsets.UTF_8).size(new Size(60, 12)).build();
    }
}
