package dev.threadlings.markdown;

import static org.jline.utils.AttributedStyle.*;

import org.jline.utils.AttributedStyle;

/**
 * The styles of rendered Markdown in one place. Only the eight basic colours are used so the output looks the same
 * on any terminal that does colour at all.
 */
final class Theme {

    static final AttributedStyle H1 = DEFAULT.bold().underline();
    static final AttributedStyle H1_RULE = DEFAULT.bold();
    static final AttributedStyle H2 = DEFAULT.bold().foreground(CYAN);
    static final AttributedStyle H3 = DEFAULT.bold();
    static final AttributedStyle RULE = DEFAULT.faint();
    static final AttributedStyle QUOTE_BAR = DEFAULT.foreground(BLUE);
    static final AttributedStyle LIST_MARKER = DEFAULT.foreground(CYAN);
    static final AttributedStyle CODE_LABEL = DEFAULT.faint();
    static final AttributedStyle TABLE_BORDER = DEFAULT.faint();

    // Java syntax
    static final AttributedStyle KEYWORD = DEFAULT.bold().foreground(MAGENTA);
    static final AttributedStyle LITERAL = DEFAULT.foreground(MAGENTA);
    static final AttributedStyle STRING = DEFAULT.foreground(GREEN);
    static final AttributedStyle COMMENT = DEFAULT.faint().italic();
    static final AttributedStyle NUMBER = DEFAULT.foreground(CYAN);
    static final AttributedStyle ANNOTATION = DEFAULT.foreground(YELLOW);

    private Theme() {
    }

    /** Inline code keeps the surrounding emphasis but changes colour, so it stands out inside bold or italic text. */
    static AttributedStyle inlineCode(AttributedStyle around) {
        return around.foreground(YELLOW);
    }

    /** Link text keeps the surrounding emphasis and is underlined like in a browser. */
    static AttributedStyle linkText(AttributedStyle around) {
        return around.underline().foreground(BLUE);
    }
}
