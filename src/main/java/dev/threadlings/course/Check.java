package dev.threadlings.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One check: a {@code ## } section of {@code checks.md}.
 *
 * @param name           the heading text
 * @param failureMessage what the learner sees when the check fails: the Markdown source of the section's prose
 *                       blocks (paragraphs, lists, quotes), joined with blank lines; may be empty
 * @param file           the {@code checks.md} file (absolute)
 * @param line           1-based line of the heading
 * @param code           the {@code java} block to run, if any (without one, expectations see only the learner's file)
 * @param expectations   what must hold afterwards, in file order; never empty
 * @param options        the check's options: those of its {@code java} block (e.g. {@code timeout=10s}), empty
 *                       without one; copied here so a runner need not look inside the snippet
 * @param messages       in a translation, the assertion messages of its code in the reader's language, in the order
 *                       the code has them ({@link #MESSAGES_FENCE}); empty in the original, whose code says its own
 */
public record Check(String name, String failureMessage, Path file, int line, Optional<Snippet> code,
                    List<Expectation> expectations, Map<String, String> options, List<String> messages) {

    /**
     * The info string of the fenced block in which a translated check gives its code's assertion messages: one line
     * each, in the code's order, {@code {0}}, {@code {1}}… where the English message has its values.
     */
    public static final String MESSAGES_FENCE = "messages";

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(failureMessage, "failureMessage");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        expectations = List.copyOf(expectations);
        options = Options.copy(options);
        messages = List.copyOf(messages);
    }

    /** A check as its original says it (its code's messages are its own). */
    public Check(String name, String failureMessage, Path file, int line, Optional<Snippet> code,
                 List<Expectation> expectations, Map<String, String> options) {
        this(name, failureMessage, file, line, code, expectations, options, List.of());
    }
}
