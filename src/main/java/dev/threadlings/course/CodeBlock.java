package dev.threadlings.course;

import dev.threadlings.sandbox.SandboxOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * A runnable Java block of a lesson: a fenced block whose info string's first word is {@code java} and that is not
 * marked {@code norun}.
 *
 * @param number   1-based, in document order, counting runnable blocks only ({@code /run 2})
 * @param code     the block's text, without the final line break
 * @param line     1-based line in the lesson file of the first code line (the line after the opening fence)
 * @param explored {@code explore=<finding>} in the info string: {@code /run} explores the block's thread schedules
 *                 in the sandbox instead of running it once, and the sandbox must find this — a lesson that says
 *                 "this code is broken" shows the breaking interleaving every time, not in a lucky run
 */
public record CodeBlock(int number, String code, int line, Optional<SandboxOutcome> explored) {

    public CodeBlock {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explored, "explored");
    }

    /** A block run once in the learner's shell. */
    public CodeBlock(int number, String code, int line) {
        this(number, code, line, Optional.empty());
    }
}
