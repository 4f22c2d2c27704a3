package dev.threadlings.markdown;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * ANSI text of a line without JLine's box-drawing substitution. JLine 4's {@code toAnsi()} without a terminal
 * replaces the light box characters ({@code ─ │ ┌ ┼ …}) with {@code - | +}, which would turn tables and quote bars
 * into ASCII art. Swapping those characters for private-use stand-ins around the call keeps them intact.
 */
public final class Ansi {

    private static final String BOX = "─│┌┐└┘├┤┬┴┼";
    private static final char STAND_IN = '\uF8E0'; // private use area: never in lesson text, never substituted

    private Ansi() {
    }

    static String toAnsi(AttributedString line) {
        return keepingBoxes(line, AttributedString::toAnsi);
    }

    /** {@code encode(line)}, with box-drawing characters passed through untouched. */
    public static String keepingBoxes(AttributedString line,
                                      java.util.function.Function<AttributedString, String> encode) {
        if (!hasBox(line)) {
            return encode.apply(line);
        }
        AttributedStringBuilder swapped = new AttributedStringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int box = BOX.indexOf(c);
            swapped.style(line.styleAt(i)).append(box < 0 ? c : (char) (STAND_IN + box));
        }
        String ansi = encode.apply(swapped.toAttributedString());
        StringBuilder out = new StringBuilder(ansi.length());
        for (int i = 0; i < ansi.length(); i++) {
            char c = ansi.charAt(i);
            int box = c - STAND_IN;
            out.append(box >= 0 && box < BOX.length() ? BOX.charAt(box) : c);
        }
        return out.toString();
    }

    private static boolean hasBox(AttributedString line) {
        for (int i = 0; i < line.length(); i++) {
            if (BOX.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
