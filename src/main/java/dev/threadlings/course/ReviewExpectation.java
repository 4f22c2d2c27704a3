package dev.threadlings.course;

import dev.threadlings.review.ReviewRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@code review fatal=unlock-outside-finally,wait-not-in-loop} block: the anti-pattern review (a static analysis
 * of the learner's file) must not find any of the named rules; a finding of one fails the check with the course's
 * sentence for it, on the learner's line. For exercises whose statement demands the idiom (try/finally around
 * unlock, wait in a loop, restore the interrupt). The block's text, if any, is ignored; findings not named here
 * stay advice.
 *
 * @param fatal the rule ids ({@link ReviewRule#id()}) that fail the check; never empty
 * @param line  1-based line of the opening fence
 */
public record ReviewExpectation(List<String> fatal, int line) implements Expectation {

    public ReviewExpectation {
        fatal = List.copyOf(fatal);
    }

    /** Parses a {@code review} block; registered in {@link ExpectationKinds}. */
    static Optional<Expectation> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowWords(problems);
        block.allowOptions(problems, "fatal");
        String value = block.options().getOrDefault("fatal", "");
        List<String> fatal = new ArrayList<>();
        for (String id : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (ReviewRule.byId(id).isEmpty()) {
                problems.add(block.file(), block.line(), "unknown review rule '" + id + "': use one of "
                        + ReviewRule.ids());
            } else {
                fatal.add(id);
            }
        }
        if (value.isBlank()) {
            problems.add(block.file(), block.line(), "a `review` block needs fatal=<rule>[,<rule>…], one of "
                    + ReviewRule.ids());
        }
        return problems.count() == before
                ? Optional.of(new ReviewExpectation(fatal, block.line()))
                : Optional.empty();
    }
}
