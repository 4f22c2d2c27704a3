package dev.threadlings.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** Word-wraps a plain message to the terminal width, keeping its indentation on every line. */
public final class TextWrap {
    private TextWrap() {}

    /** {@code text} in lines of at most {@code width} columns; continuation lines get the first line's indent. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            int indent = 0;
            while (indent < paragraph.length() && paragraph.charAt(indent) == ' ') {
                indent++;
            }
            String pad = " ".repeat(indent);
            String body = paragraph.substring(indent);
            if (body.isEmpty()) {
                out.add(paragraph);
                continue;
            }
            // a word longer than the line (a path, a URL) stays whole: cut, it could not be copied back. Chinese
            // has no spaces, so a "word" with wide characters is a sentence that may break between them
            int longest = 0;
            for (String word : body.split(" ")) {
                longest = Columns.hasWide(word) ? longest : Math.max(longest, Columns.width(word));
            }
            for (AttributedString line : Wrapper.wrap(body, Math.max(Math.max(8, width - indent), longest))) {
                out.add(pad + line);
            }
        }
        return out;
    }
}
