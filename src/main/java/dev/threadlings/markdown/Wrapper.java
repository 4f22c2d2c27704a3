package dev.threadlings.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Greedy word wrapping of styled text to a column width. Widths are terminal columns ({@code columnLength()}), so a
 * CJK character counts 2; because such scripts have no spaces, a break is also allowed next to any wide character.
 * Pieces are cut with {@code subSequence}, so every character keeps its style across the break. A word longer than
 * the width is cut into width-sized pieces rather than overflowing the terminal.
 */
final class Wrapper {

    private final InlineText source;
    private final AttributedString text;
    private final int width;
    private final List<AttributedString> lines = new ArrayList<>();
    private AttributedStringBuilder line = new AttributedStringBuilder();
    private int lineWidth;

    private Wrapper(InlineText source, int width) {
        this.source = source;
        this.text = source.text();
        this.width = Math.max(width, 1);
    }

    /** The text wrapped to {@code width} columns; {@code \n} in the text forces a break. Never empty. */
    static List<AttributedString> wrap(InlineText text, int width) {
        return new Wrapper(text, width).run();
    }

    /** Convenience for unstyled text. */
    static List<AttributedString> wrap(String text, int width) {
        return wrap(InlineText.plain(text), width);
    }

    private List<AttributedString> run() {
        int i = 0;
        boolean spaceBefore = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                flush();
                spaceBefore = false;
                i++;
            } else if (source.breaksAt(i)) {
                spaceBefore = lineWidth > 0;
                i++;
            } else {
                int end = wordEnd(i);
                place(i, end, spaceBefore);
                spaceBefore = false;
                i = end;
            }
        }
        flush();
        return lines;
    }

    /**
     * The end of the unbreakable piece starting at {@code start}: up to a breaking space, a newline, or a place next
     * to a wide character where {@link LineBreaks} lets a line break (not before 。 nor after “).
     */
    private int wordEnd(int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || source.breaksAt(i)) {
                return i;
            }
            int cp = text.codePointAt(i);
            if (LineBreaks.mayBreakBetween(Character.codePointBefore(text, i), cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private void place(int start, int end, boolean spaceBefore) {
        AttributedString word = text.subSequence(start, end);
        int wordWidth = word.columnLength();
        int gap = spaceBefore && lineWidth > 0 ? 1 : 0;
        if (lineWidth + gap + wordWidth <= width) {
            if (gap == 1) {
                // the space keeps its own style, so an underlined link stays underlined between its words
                line.append(text.subSequence(start - 1, start));
                lineWidth++;
            }
            line.append(word);
            lineWidth += wordWidth;
        } else if (wordWidth <= width) {
            flush();
            line.append(word);
            lineWidth = wordWidth;
        } else {
            if (lineWidth > 0) {
                flush();
            }
            cut(word);
        }
    }

    /** Cuts a word wider than the line into pieces, code point by code point; the last piece stays open. */
    private void cut(AttributedString word) {
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            int cpWidth = word.subSequence(i, next).columnLength();
            if (lineWidth + cpWidth > width && lineWidth > 0) {
                flush();
            }
            line.append(word.subSequence(i, next));
            lineWidth += cpWidth;
            i = next;
        }
    }

    private void flush() {
        lines.add(line.toAttributedString());
        line = new AttributedStringBuilder();
        lineWidth = 0;
    }
}
