package dev.threadlings.markdown;

import org.jline.utils.AttributedString;
import org.jline.utils.WCWidth;

/**
 * Text measured in terminal columns, not chars: a CJK character (线程) takes two columns, a combining mark none.
 * JLine's {@link WCWidth} decides, as it does for everything JLine itself lays out; padding, cutting and wrapping
 * plain strings go through here so that a Chinese title lines up with an English one.
 */
public final class Columns {
    private Columns() {}

    /** The columns {@code text} takes on a terminal. */
    public static int width(String text) {
        return new AttributedString(text).columnLength();
    }

    /** {@code text} and spaces up to {@code columns} columns (at least one space when it is as wide or wider). */
    public static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(1, columns - width(text)));
    }

    /** {@code text} and spaces up to exactly {@code columns} columns; as it is when already that wide or wider. */
    public static String fill(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - width(text)));
    }

    /** The longest start of {@code text} that fits in {@code columns} columns (a wide character is never split). */
    public static String prefix(String text, int columns) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (used + w > columns) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /** Whether a line break between these two texts is no space at all ({@link LineBreaks}). */
    public static boolean joinsWithoutSpace(CharSequence before, CharSequence after) {
        return LineBreaks.joinsWithoutSpace(before, after);
    }

    /** A paragraph's source lines as one line: a break becomes a space, or nothing between two wide characters. */
    public static String unwrap(String paragraph) {
        String[] lines = paragraph.split("\\s*\n\\s*");
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean glue = joinsWithoutSpace(out, lines[i]);
            out.append(glue ? "" : " ").append(lines[i]);
        }
        return out.toString();
    }

    /** Whether {@code text} holds a double-width character, where a line may break without a space. */
    public static boolean hasWide(String text) {
        return text.codePoints().anyMatch(cp -> WCWidth.wcwidth(cp) == 2);
    }
}
