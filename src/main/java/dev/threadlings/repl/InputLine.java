package dev.threadlings.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The whole input buffer as one line, with the word being completed: the text after the last space for a
 * command, the identifier before the cursor for Java (what JShell's completion anchors on).
 */
record InputLine(String line, int cursor, int wordStart) implements CompletingParsedLine {

    static InputLine of(String line, int cursor) {
        int start = cursor;
        if (Input.isCommand(line)) {
            while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
                start--;
            }
        } else {
            while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
                start--;
            }
        }
        return new InputLine(line, cursor, start);
    }

    @Override
    public String word() {
        return line.substring(wordStart, cursor);
    }

    @Override
    public int wordCursor() {
        return cursor - wordStart;
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word());
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return wordCursor();
    }

    @Override
    public int rawWordLength() {
        return word().length();
    }
}
