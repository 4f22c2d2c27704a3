package dev.threadlings.repl;

import dev.threadlings.markdown.JavaHighlighter;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Colours what the learner types: commands in one colour, Java as in the lessons. */
final class InputHighlighter implements Highlighter {
    private final boolean color;

    InputHighlighter(boolean color) {
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color) {
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
