package dev.threadlings.course;

import java.util.List;
import java.util.Optional;

/**
 * A {@code holds} block: each expression must evaluate to {@code true} after the check's code ran.
 *
 * @param expressions the non-blank lines, stripped; never empty
 * @param line        1-based line of the opening fence
 */
public record HoldsExpectation(List<String> expressions, int line) implements Expectation {

    public HoldsExpectation {
        expressions = List.copyOf(expressions);
    }

    /** Parses a {@code holds} block; registered in {@link ExpectationKinds}. */
    static Optional<Expectation> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowWords(problems);
        block.allowOptions(problems);
        List<String> expressions = block.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (expressions.isEmpty()) {
            problems.add(block.file(), block.line(), "a `holds` block needs at least one boolean expression, one per line");
        }
        return problems.count() == before
                ? Optional.of(new HoldsExpectation(expressions, block.line()))
                : Optional.empty();
    }
}
