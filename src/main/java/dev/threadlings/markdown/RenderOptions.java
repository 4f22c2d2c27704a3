package dev.threadlings.markdown;

import dev.threadlings.text.Messages;

/**
 * How to lay out a document.
 *
 * @param width terminal columns to wrap prose to; a width below 1 (JLine reports 0 for dumb terminals and pipes)
 *              means the conventional 80, and widths from 1 to 7 are raised to 8
 * @param color whether lines carry styles at all; {@code false} for {@code NO_COLOR} or dumb terminals gives the same
 *              layout without a single escape sequence
 * @param text  the language of the renderer's own labels
 */
public record RenderOptions(int width, boolean color, Messages text) {

    /** The width used when the terminal does not report one. */
    public static final int DEFAULT_WIDTH = 80;

    /** Below this nothing reads well anyway, and tiny widths would only multiply cut words. */
    static final int MIN_WIDTH = 8;

    public RenderOptions {
        width = width < 1 ? DEFAULT_WIDTH : Math.max(width, MIN_WIDTH);
        java.util.Objects.requireNonNull(text, "text");
    }

    /** Labels (a code block's "/run n") in English. */
    public RenderOptions(int width, boolean color) {
        this(width, color, Messages.ENGLISH);
    }
}
