package dev.threadlings.course;

import java.util.Objects;

/**
 * A runnable Java block of a lesson: a fenced block whose info string's first word is {@code java} and that is not
 * marked {@code norun}.
 *
 * @param number 1-based, in document order, counting runnable blocks only ({@code /run 2})
 * @param code   the block's text, without the final line break
 * @param line   1-based line in the lesson file of the first code line (the line after the opening fence)
 */
public record CodeBlock(int number, String code, int line) {

    public CodeBlock {
        Objects.requireNonNull(code, "code");
    }
}
