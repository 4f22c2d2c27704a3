package dev.threadlings.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** What the plain-text spec cannot see: styles, escapes and the list of runnable blocks. */
class MarkdownStyleTest {

    private static final String LESSON = """
            ---
            id: threads
            ---
            # Threads

            Some **bold words that wrap across lines** with `code` and a [link](https://x.dev).

            > quoted *italic*

            | a | b |
            |---|---|
            | 1 | 2 |

            ```java
            int x = 1; // one
            ```

            ```java norun
            class Fragment {}
            ```

            ```java
            System.out.println("two");
            ```
            """;

    private static RenderedDocument render(String markdown, int width, boolean color) {
        return new MarkdownRenderer(new RenderOptions(width, color)).render(markdown);
    }

    private static AttributedString line(RenderedDocument doc, String startingWith) {
        return doc.lines().stream().filter(l -> l.toString().startsWith(startingWith)).findFirst().orElseThrow();
    }

    @Test
    void deepNestingStopsNarrowingAndStaysWithinTheWidth() {
        StringBuilder md = new StringBuilder();
        int depth = 300;
        for (int i = 1; i <= depth; i++) {
            md.append(">".repeat(i)).append(" level ").append(i).append(" has a few words\n");
        }
        md.append("\n");
        for (int i = 0; i < depth; i++) {
            md.append("  ".repeat(i)).append("- item ").append(i).append(" has a few words\n");
        }
        RenderedDocument doc = render(md.toString(), 60, false);

        // one or two lines per source line, not one word a line once the bars eat the width
        assertTrue(doc.lines().size() <= 10 * depth, () -> doc.lines().size() + " lines"); // before: 40,000+
        for (AttributedString line : doc.lines()) {
            assertTrue(line.columnLength() <= 60, () -> "wider than 60: " + line);
        }
        assertTrue(doc.lines().stream().anyMatch(l -> l.toString().contains("300 has")));
        assertTrue(doc.lines().stream().anyMatch(l -> l.toString().contains("299")));
    }

    @Test
    void boldSplitOverTwoLinesStaysBoldOnBoth() {
        RenderedDocument doc = render("Some **bold words that wrap across lines** end.", 20, true);

        assertEquals(List.of("Some bold words that", "wrap across lines", "end."),
                doc.lines().stream().map(AttributedString::toString).toList());
        AttributedString first = doc.lines().get(0);
        AttributedString second = doc.lines().get(1);
        assertTrue(isBold(first.styleAt(first.length() - 1)), "end of first line");
        assertTrue(isBold(second.styleAt(0)), "start of second line");
        assertFalse(isBold(first.styleAt(0)), "'Some' is not bold");
        assertFalse(isBold(doc.lines().get(2).styleAt(0)), "'end.' is not bold");
    }

    @Test
    void aSpaceInsideALinkKeepsTheLinkStyle() {
        AttributedString line = render("[two words](https://x.dev)", 40, true).lines().getFirst();

        assertEquals(line.styleAt(0), line.styleAt(3), "the space between the words of a link");
        assertNotEquals(line.styleAt(0), AttributedStyle.DEFAULT);
    }

    @Test
    void inlineCodeHasItsOwnStyle() {
        AttributedString line = render("plain `code`", 40, true).lines().getFirst();

        assertNotEquals(line.styleAt(0), line.styleAt("plain ".length()));
    }

    @Test
    void withoutColourThereIsNoEscapeAndNoStyleButTheSameLayout() {
        RenderedDocument plain = render(LESSON, 30, false);
        RenderedDocument color = render(LESSON, 30, true);

        assertFalse(plain.toAnsi().contains("\u001b"), plain.toAnsi());
        assertTrue(color.toAnsi().contains("\u001b"));
        assertEquals(color.toPlain(), plain.toPlain());
        for (AttributedString line : plain.lines()) {
            for (int i = 0; i < line.length(); i++) {
                assertEquals(AttributedStyle.DEFAULT, line.styleAt(i), line.toString());
            }
        }
    }

    @Test
    void ansiKeepsBoxDrawingCharacters() {
        // JLine's toAnsi() alone would turn them into - | +
        String ansi = render(LESSON, 30, true).toAnsi();

        assertTrue(ansi.contains("┌───┬───┐"), ansi);
        assertTrue(ansi.contains("│"), ansi);
    }

    @Test
    void runnableJavaBlocksAreListedInOrderWithoutTheirTrailingNewline() {
        RenderedDocument doc = render(LESSON, 60, true);

        assertEquals(List.of(new CodeBlock(1, "java", "int x = 1; // one"),
                new CodeBlock(2, "java", "System.out.println(\"two\");")), doc.codeBlocks());
        assertEquals("two", doc.codeBlock(2).orElseThrow().code().substring(20, 23));
        assertTrue(doc.toPlain().contains("[2] ─ /run 2"));
        assertFalse(doc.toPlain().contains("/run 3"));
        assertFalse(doc.toPlain().contains("id: threads"), "front matter is never rendered");
    }

    @Test
    void javaCodeBlocksAreColouredAndIndented() {
        AttributedString code = line(render(LESSON, 60, true), "  int x");

        assertNotEquals(AttributedStyle.DEFAULT, code.styleAt(2), "keyword 'int'");
        assertEquals(AttributedStyle.DEFAULT, code.styleAt(6), "identifier 'x'");
    }

    @Test
    void noLineOfProseIsWiderThanTheTerminal() {
        String prose = "Wide 日本語の文章と English words mixed, plus a_very_long_identifier_that_is_cut. ".repeat(5);
        for (int width = 8; width <= 40; width++) {
            for (AttributedString line : render(prose + "\n\n- " + prose + "\n\n> " + prose, width, true).lines()) {
                assertTrue(line.columnLength() <= width, width + ": " + line);
            }
        }
    }

    @Test
    void garbageAndEmptyInputRenderWithoutFailing() {
        assertEquals(List.of(), render("", 40, true).lines());
        assertEquals(List.of(), render(null, 40, true).lines());
        assertFalse(render("*_`[<![](", 40, true).lines().isEmpty());
    }

    private static boolean isBold(AttributedStyle style) {
        return style.equals(style.bold()) && !style.equals(style.boldOff());
    }
}
