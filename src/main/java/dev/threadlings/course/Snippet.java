package dev.threadlings.course;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java code a check runs: the {@code java} block of a check.
 *
 * @param code    the block's text, without the final line break
 * @param line    1-based line in {@code checks.md} of the first code line (the line after the opening fence)
 * @param options the block's {@code key=value} options, in written order; {@code timeout} is known to be valid
 */
public record Snippet(String code, int line, Map<String, String> options) {

    /** The option that bounds how long the code may run. */
    public static final String TIMEOUT = "timeout";

    public Snippet {
        Objects.requireNonNull(code, "code");
        options = Options.copy(options);
    }

    /** Parses a check's {@code java} block: no mode, only a valid {@code timeout} option, some code. */
    static Optional<Snippet> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowWords(problems);
        block.allowOptions(problems, TIMEOUT);
        String timeout = block.options().get(TIMEOUT);
        if (timeout != null && Durations.parse(timeout).isEmpty()) {
            problems.add(block.file(), block.line(), "bad timeout '" + timeout + "': write a whole number and ms, s or m,"
                    + " e.g. timeout=10s");
        }
        if (block.text().isBlank()) {
            problems.add(block.file(), block.line(), "the `java` block is empty");
        }
        return problems.count() == before
                ? Optional.of(new Snippet(block.text(), block.textLine(0), block.options()))
                : Optional.empty();
    }

    /** The {@code timeout} option ({@code 500ms}, {@code 10s}, {@code 2m}), if given. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(options.get(TIMEOUT)).flatMap(Durations::parse);
    }
}
