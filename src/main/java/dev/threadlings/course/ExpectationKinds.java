package dev.threadlings.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The extension point for checks.md: which fenced block kinds exist and how each becomes an {@link Expectation}.
 *
 * <p>To add a kind (the sandbox's {@code explore strategy=pct budget=2000 expect=no-failure}, say):
 * <ol>
 *   <li>write a record implementing {@link Expectation} (and add it to that interface's {@code permits}), with a
 *       {@code static Optional<Expectation> parse(FencedBlock, Problems)} that checks its words and options with
 *       {@link FencedBlock#allowWords} / {@link FencedBlock#allowOptions} and reports anything else wrong at
 *       {@link FencedBlock#line()} (or {@link FencedBlock#textLine(int)});</li>
 *   <li>register it below with one line.</li>
 * </ol>
 * A parser returns empty exactly when it reported a problem. {@code java} is not registered here: it is the code a
 * check runs, not an expectation, and {@link ChecksReader} handles it.
 */
final class ExpectationKinds {

    /** Turns one fenced block of a known kind into an expectation, or reports why it cannot. */
    @FunctionalInterface
    interface BlockParser {
        Optional<Expectation> parse(FencedBlock block, Problems problems);
    }

    /** The kind of the block holding a check's code. */
    static final String JAVA = "java";

    private static final Map<String, BlockParser> KINDS = new LinkedHashMap<>();

    static {
        // one line per kind; the order is the order error messages list them in
        KINDS.put("output", OutputExpectation::parse);
        KINDS.put("holds", HoldsExpectation::parse);
        KINDS.put("explore", ExploreExpectation::parse);
        KINDS.put("review", ReviewExpectation::parse);
        KINDS.put("breaks", BreaksExpectation::parse);
    }

    private ExpectationKinds() {
    }

    /** The parser for an expectation kind, if it is one. */
    static Optional<BlockParser> parser(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }

    /** Every kind checks.md accepts, {@code java} first, for messages. */
    static List<String> allKinds() {
        List<String> all = new ArrayList<>();
        all.add(JAVA);
        all.addAll(KINDS.keySet());
        return all;
    }
}
