package dev.threadlings.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Chinese text on a terminal: two columns a character, lines broken between characters, never past the width. */
class WideTextTest {
    private static final String PARAGRAPH = "两个线程同时对同一个计数器执行 count++，其中一次更新可能会丢失："
            + "这就是竞态条件。沙箱会找出导致它的那种交错，并一步一步地展示给你看。";

    @Test
    void columnsCountDoubleWidth() {
        assertEquals(4, Columns.width("线程"));
        assertEquals(9, Columns.width("线程 race"));
        assertEquals("线程  ", Columns.fill("线程", 6));
        assertEquals("线", Columns.prefix("线程", 3), "a wide character is never cut in half");
    }

    @Test
    void plainMessagesWrapAtTheWidthInColumns() {
        for (int width : List.of(60, 40, 20)) {
            List<String> lines = TextWrap.lines("  " + PARAGRAPH, width);
            assertTrue(lines.size() > 1, "wrapped at " + width + ": " + lines);
            lines.forEach(l -> assertTrue(Columns.width(l) <= width, width + ": " + l));
            lines.forEach(l -> assertTrue(l.startsWith("  "), "the indent is kept: " + l));
            assertEquals(PARAGRAPH.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost");
        }
    }

    @Test
    void renderedLessonsWrapAtTheWidthInColumns() {
        String markdown = "# 线程\n\n" + PARAGRAPH + "\n\n- " + PARAGRAPH + "\n\n> " + PARAGRAPH + "\n\n"
                + "| 术语 | 解释 |\n| --- | --- |\n| 竞态条件 | " + PARAGRAPH + " |\n";
        for (int width : List.of(140, 60)) {
            List<AttributedString> lines = new MarkdownRenderer(new RenderOptions(width, false)).render(markdown)
                    .lines();
            lines.forEach(l -> assertTrue(l.columnLength() <= width, width + ": " + l));
            assertTrue(lines.size() > 4);
        }
    }

    @Test
    void aLineBreakInsideChineseProseIsNoSpace() {
        String rendered = new MarkdownRenderer(new RenderOptions(140, false)).render("线程共享同一块\n内存，而 `count++`\n不是原子的。\nIt is\nnot.").toPlain();
        assertTrue(rendered.contains("线程共享同一块内存，而 count++ 不是原子的。It is not."), rendered);
        assertEquals("线程共享同一块内存，而 count++ 不是原子的。It is not.",
                Columns.unwrap("线程共享同一块\n  内存，而 count++\n不是原子的。\nIt is\nnot."));
    }

    @Test
    void fullWidthPunctuationNeedsNoSpaceBeforeLatinText() {
        assertEquals("两样工具能做到：AtomicInteger 或者 synchronized。", Columns.unwrap("两样工具能做到：\nAtomicInteger 或者\nsynchronized。"));
        String rendered = new MarkdownRenderer(new RenderOptions(140, false)).render("能做到：\n`AtomicInteger`（它的\n`get()`）").toPlain();
        assertTrue(rendered.contains("能做到：AtomicInteger（它的 get()）"), rendered);
    }

    private static final String PUNCTUATED = "他说：“两个线程（T1 和 T2）同时执行 count++，结果少了一次。”这叫「竞态条件」——"
            + "一种《Java 并发编程实战》里讲过的错误……为什么？因为读、改、写是三步！（见第 3 课。）";

    @Test
    void noLineStartsWithClosingNorEndsWithOpeningPunctuation() {
        // from 12 columns: the widest piece that may not break ("count++，") fits; a narrower line must cut it
        for (int width = 12; width <= 70; width++) {
            List<String> plain = TextWrap.lines(PUNCTUATED, width);
            List<String> rendered = new MarkdownRenderer(new RenderOptions(width, false)).render(PUNCTUATED).lines()
                    .stream().map(AttributedString::toString).toList();
            for (List<String> lines : List.of(plain, rendered)) {
                assertEquals(PUNCTUATED.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost");
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    assertTrue(Columns.width(lines.get(i)) <= width, width + ": too wide: " + line);
                    if (i > 0) {
                        assertTrue("。，、：；！？）」』”…".indexOf(line.charAt(0)) < 0, width + ": starts with "
                                + line.charAt(0) + ": " + lines);
                    }
                    if (i < lines.size() - 1) {
                        assertTrue("（「『“《".indexOf(line.charAt(line.length() - 1)) < 0, width + ": ends with "
                                + line.charAt(line.length() - 1) + ": " + lines);
                        assertTrue(!line.endsWith("—") || lines.get(i + 1).strip().charAt(0) != '—',
                                width + ": a dash split: " + lines);
                    }
                }
            }
        }
    }

    @Test
    void aSoftBreakNextToQuotesAndDashesInChineseIsNoSpace() {
        String source = "这叫\n“竞态条件”\n——也就是\n“丢失更新”。\nHe said\n“no”\n— twice.";
        String joined = "这叫“竞态条件”——也就是“丢失更新”。He said “no” — twice.";
        assertEquals(joined, Columns.unwrap(source));
        String rendered = new MarkdownRenderer(new RenderOptions(140, false)).render(source).toPlain();
        assertTrue(rendered.contains(joined), rendered);
    }
}
