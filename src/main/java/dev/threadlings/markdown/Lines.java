package dev.threadlings.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Small operations on lists of terminal lines shared by the block renderers. */
final class Lines {

    private Lines() {
    }

    /** {@code first} before the first line, {@code rest} before every other one: hanging indents and quote bars. */
    static List<AttributedString> prefix(List<AttributedString> lines, AttributedString first, AttributedString rest) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(AttributedString.join(AttributedString.EMPTY, i == 0 ? first : rest, lines.get(i)));
        }
        return out;
    }

    /** The same prefix before every line. */
    static List<AttributedString> prefix(List<AttributedString> lines, AttributedString all) {
        return prefix(lines, all, all);
    }

    /** A line of {@code count} copies of {@code c}. */
    static AttributedString repeat(char c, int count, AttributedStyle style) {
        return new AttributedString(String.valueOf(c).repeat(Math.max(count, 0)), style);
    }

    /** The widest line, in terminal columns. */
    static int maxWidth(List<AttributedString> lines) {
        return lines.stream().mapToInt(AttributedString::columnLength).max().orElse(0);
    }

    /** Drops trailing spaces, which are invisible but make copied text and expectations fragile. */
    static AttributedString trimEnd(AttributedString line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return end == line.length() ? line : line.subSequence(0, end);
    }

    /** The line without any style: what a terminal without colour gets. */
    static AttributedString unstyled(AttributedString line) {
        return new AttributedString(line.toString());
    }

    /** Splits styled text at {@code \n}, keeping each character's style. */
    static List<AttributedString> split(AttributedString text) {
        List<AttributedString> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.subSequence(start, i));
                start = i + 1;
            }
        }
        out.add(text.subSequence(start, text.length()));
        return out;
    }

    /** Pads a line with spaces to {@code width} columns, placing it left, centred or right. */
    static AttributedString pad(AttributedString line, int width, int align) {
        int room = Math.max(width - line.columnLength(), 0);
        int left = align < 0 ? 0 : align == 0 ? room / 2 : room;
        return new AttributedStringBuilder()
                .append(" ".repeat(left)).append(line).append(" ".repeat(room - left))
                .toAttributedString();
    }
}
