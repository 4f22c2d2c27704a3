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
 */
public record Check(String name, String failureMessage, Path file, int line, Optional<Snippet> code,
                    List<Expectation> expectations, Map<String, String> options) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(failureMessage, "failureMessage");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        expectations = List.copyOf(expectations);
        options = Options.copy(options);
    }
}
