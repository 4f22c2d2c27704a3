package dev.threadlings.markdown;

import java.util.BitSet;

import org.jline.utils.AttributedString;

/**
 * Styled inline content before wrapping: the text (with {@code \n} only for hard line breaks) and the positions
 * whose spaces must not become line breaks — the inside of inline code, which should stay on one line when it fits.
 *
 * @param text    the styled text
 * @param glued   positions of spaces that are not break opportunities
 */
record InlineText(AttributedString text, BitSet glued) {

    InlineText {
        glued = (BitSet) glued.clone();
    }

    /** Unstyled text in which every space may break. */
    static InlineText plain(String text) {
        return new InlineText(new AttributedString(text), new BitSet());
    }

    /** Whether the space at {@code index} may become a line break. */
    boolean breaksAt(int index) {
        return text.charAt(index) == ' ' && !glued.get(index);
    }
}
