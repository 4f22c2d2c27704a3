package dev.threadlings.course;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * An {@code output [mode]} block: the captured output must match {@code text} as {@code mode} says.
 *
 * @param mode how to compare
 * @param text the block's text, without the final line break; for {@link OutputMode#REGEX} each line is a
 *             regular expression known to compile
 * @param line 1-based line of the opening fence
 */
public record OutputExpectation(OutputMode mode, String text, int line) implements Expectation {

    public OutputExpectation {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(text, "text");
    }

    /** Parses an {@code output} block; registered in {@link ExpectationKinds}. */
    static Optional<Expectation> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowOptions(problems);
        OutputMode mode = OutputMode.EXACT;
        if (block.words().size() > 1) {
            problems.add(block.file(), block.line(), "an `output` block takes one mode, found " + block.words());
        } else if (block.words().size() == 1) {
            String word = block.words().getFirst();
            Optional<OutputMode> named = OutputMode.ofWord(word);
            if (named.isEmpty()) {
                problems.add(block.file(), block.line(), "unknown output mode '" + word + "' (known: "
                        + Arrays.stream(OutputMode.values()).map(OutputMode::word).collect(Collectors.joining(", ")) + ")");
            } else {
                mode = named.get();
            }
        }
        if (mode == OutputMode.REGEX) {
            checkRegexes(block, problems);
        }
        return problems.count() == before
                ? Optional.of(new OutputExpectation(mode, block.text(), block.line()))
                : Optional.empty();
    }

    // each line is compiled now so a broken pattern is the author's problem at load time, not the learner's
    private static void checkRegexes(FencedBlock block, Problems problems) {
        String[] lines = block.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                Pattern.compile(lines[i]);
            } catch (PatternSyntaxException e) {
                problems.add(block.file(), block.textLine(i),
                        "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex()
                                + " in '" + lines[i] + "'");
            }
        }
    }
}
