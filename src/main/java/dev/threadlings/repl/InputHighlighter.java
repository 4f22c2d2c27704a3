package dev.threadlings.repl;

import dev.threadlings.markdown.JavaHighlighter;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Colours what the learner types: commands in one colour, Java as in the lessons. JLine calls it at each redraw,
 * and not for a buffer longer than its {@code features-max-buffer-size}.
 */
final class InputHighlighter implements Highlighter {
    private final boolean color;

    InputHighlighter(boolean color) {
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color) { // a paste is coloured once, when PasteWidget has taken all of it; a long one not at all (JLine)
            return new AttributedString(buffer);
        }
        if (Input.isCommand(buffer)) {
            return new AttributedString(buffer, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        }
        return JavaHighlighter.highlight(buffer);
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
