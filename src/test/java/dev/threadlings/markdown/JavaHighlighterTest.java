package dev.threadlings.markdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaHighlighterTest {

    private static AttributedStyle styleOf(String code, String fragment) {
        return JavaHighlighter.highlight(code).styleAt(code.indexOf(fragment));
    }

    @Test
    void keywordsAreStyledAndIdentifiersAreNot() {
        String code = "synchronized (lock) { counter++; }";

        assertNotEquals(AttributedStyle.DEFAULT, styleOf(code, "synchronized"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(code, "lock"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(code, "counter"));
    }

    @Test
    void aKeywordInsideAStringIsAString() {
        String code = "String s = \"new thread\";";

        assertNotEquals(styleOf(code, "String"), styleOf(code, "new thread"));
        assertEquals(styleOf(code, "\"new"), styleOf(code, "new thread"));
        assertNotEquals(styleOf("new Thread()", "new"), styleOf(code, "new thread"));
    }

    @Test
    void commentsNumbersCharsAndAnnotationsEachHaveAStyle() {
        String code = "@Override int x = 0x1F + 2_000L; char c = 'a'; // done";

        AttributedStyle annotation = styleOf(code, "@Override");
        AttributedStyle number = styleOf(code, "0x1F");
        AttributedStyle chr = styleOf(code, "'a'");
        AttributedStyle comment = styleOf(code, "// done");
        for (AttributedStyle style : new AttributedStyle[] {annotation, number, chr, comment}) {
            assertNotEquals(AttributedStyle.DEFAULT, style);
        }
        assertEquals(number, styleOf(code, "2_000L"));
        assertEquals(comment, styleOf(code, "done"));
    }

    @Test
    void multiLineCommentsAndTextBlocksSpanLines() {
        String code = "/* a\n while */ int y;\nString t = \"\"\"\n   class\n   \"\"\";";

        assertEquals(styleOf(code, "/*"), styleOf(code, "while"), "keyword inside a block comment");
        assertNotEquals(AttributedStyle.DEFAULT, styleOf(code, "int"));
        assertEquals(styleOf(code, "\"\"\""), styleOf(code, "class"), "keyword inside a text block");
    }

    @Test
    void anUnterminatedStringEndsAtTheLineEnd() {
        String code = "String s = \"open\nint z;";

        assertEquals(styleOf(code, "\"open"), styleOf(code, "open"));
        assertNotEquals(styleOf(code, "\"open"), styleOf(code, "int"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"", "'", "\"\"\"", "/*", "/", "@", "0x", "1e", "1e+", ".5", "'\\", "\"\\",
            "\"\"\"\\", "/* unclosed\n comment", "String s = \"unterminated", "@interface A {}", "\uD83D",
            "日本語 var 変数 = 1;", "\t\r\n\0", "x -> { while (true) ", "record R(int a) {} sealed permits"})
    void neverThrowsAndRoundTripsTheExactText(String code) {
        AttributedString highlighted = assertDoesNotThrow(() -> JavaHighlighter.highlight(code));
        assertEquals(code, highlighted.toString());
    }

    @Test
    void roundTripsEveryPrefixOfARealSnippet() {
        // the REPL highlights each partial line as the learner types it
        String code = """
                @FunctionalInterface interface Task { void run() throws Exception; }
                var latch = new CountDownLatch(2); /* two */ char q = '\\'';
                String s = \"\"\"
                    text "block" \\\"""
                    \"\"\"; double d = 1.5e-3d; long l = 0b1010L; // end
                """;
        for (int i = 0; i <= code.length(); i++) {
            String prefix = code.substring(0, i);
            assertEquals(prefix, JavaHighlighter.highlight(prefix).toString());
        }
    }

    @Test
    void isLinearEnoughForKeystrokes() {
        // a pathological input for naive scanners: many unterminated openers
        String code = "\"/*'@0x\n".repeat(20_000) + "class A { int x = 1; }\n".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> JavaHighlighter.highlight(code));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", JavaHighlighter.highlight(null).toString());
    }
}
