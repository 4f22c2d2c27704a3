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
    private final TypeAhead typeAhead;

    InputHighlighter(boolean color, TypeAhead typeAhead) {
        this.color = color;
        this.typeAhead = typeAhead;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color || typeAhead.pending()) { // a paste still arriving is coloured once, when it has all come
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
