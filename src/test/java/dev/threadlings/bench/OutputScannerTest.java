package dev.threadlings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OutputScannerTest {
    private final OutputScanner s = new OutputScanner();

    private void feed(String... chunks) {
        for (String c : chunks) {
            s.append(c);
        }
    }

    @Test
    void promptAfterABannerIsFoundAcrossChunks() {
        feed("threadlings — Java concurrency\nStart with /next.\nthread", "lings");
        assertFalse(s.take("threadlings> "));
        feed("> ");
        assertTrue(s.take("threadlings> "));
    }

    @Test
    void escapesAreStrippedEvenWhenSplitBetweenChunks() {
        feed("\u001b[1;35mthread\u001b", "[0mlings\u001b[", "0m> \u001b]0;title\u0007\u001b]8;;x\u001b\\!");
        assertEquals("threadlings> !", s.text());
    }

    @Test
    void carriageReturnsAndOtherControlsAreDropped() {
        feed("a\r\nb\u0007\bc\td\n");
        assertEquals("a\nbc\td\n", s.text());
    }

    @Test
    void aPromptIsTakenOnlyOnce() {
        feed("jshell> ");
        assertTrue(s.take("jshell> "));
        assertFalse(s.take("jshell> "));
        feed("$1 ==> 2\n\njshell> ");
        assertTrue(s.take("jshell> "));
    }

    @Test
    void resultLineIsFoundBehindThePromptOnlyWhenComplete() {
        Pattern two = Pattern.compile("\\$\\d+ ==> " + Pattern.quote("2") + "$");
        feed("threadlings> $1 ==> 2");
        assertFalse(s.takeLine(two), "the line may still grow into 20");
        feed("0\n");
        assertFalse(s.takeLine(two));
        feed("threadlings> $2 ==> 2\r\nthreadlings> ");
        assertTrue(s.takeLine(two));
        assertTrue(s.take("threadlings> "), "the prompt after the result is still there");
    }

    @Test
    void awaitReturnsAtOnceWhenPresentAndFalseAfterTheEnd() throws InterruptedException {
        feed("jshell> ");
        assertTrue(s.awaitText("jshell> ", 0));
        s.close();
        assertFalse(s.awaitText("jshell> ", Long.MAX_VALUE / 2));
    }

    @Test
    void tailIsTheLastPlainCharacters() {
        feed("\u001b[31mabcdef\u001b[0m");
        assertEquals("def", s.tail(3));
        assertEquals("abcdef", s.tail(100));
    }
}
