package dev.threadlings.course;

import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Search;
import java.util.List;
import java.util.Optional;

/**
 * An {@code explore} block: run the check's code under the concurrency sandbox, across many thread schedules,
 * and expect {@code expect} — {@code none} (no schedule fails: the usual demand on a learner's fix) or a failure
 * class ({@code deadlock}, {@code assertion}, …) for exercises where the learner must produce a failing
 * interleaving. Options: {@code budget} (schedules), {@code seconds}, {@code strategy} (auto, dfs, pct, random; or
 * free: one run on real threads with the race detector listening, for code that blocks in JDK calls the explorer
 * does not model, such as a selector's event loop), {@code bound} (preemptions for the systematic part); unset, the
 * sandbox's defaults ({@link ExploreSettings#defaults()}). The block's text, if any, is ignored.
 *
 * @param budget   how many schedules to try at most
 * @param seconds  how long to explore at most
 * @param search   how to choose schedules
 * @param bound    preemption bound for systematic search
 * @param expect   the outcome that passes
 * @param line     1-based line of the opening fence
 */
public record ExploreExpectation(int budget, int seconds, Search search, int bound, String expect, int line)
        implements Expectation {

    /** The failure classes the sandbox reports, and {@code none}. */
    public static final List<String> OUTCOMES = List.of("none", "assertion", "exception", "deadlock", "lost-wakeup",
            "hang", "exit", "data-race");

    /** Parses an {@code explore} block; registered in {@link ExpectationKinds}. */
    static Optional<Expectation> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowWords(problems);
        block.allowOptions(problems, "budget", "seconds", "strategy", "bound", "expect");
        var o = block.options();
        ExploreSettings defaults = ExploreSettings.defaults();
        int budget = number(block, problems, "budget", defaults.budget());
        int seconds = number(block, problems, "seconds", defaults.seconds());
        int bound = number(block, problems, "bound", defaults.bound());
        String strategy = o.getOrDefault("strategy", defaults.search().id());
        Optional<Search> search = Search.of(strategy);
        String expect = o.getOrDefault("expect", "none");
        if (search.isEmpty()) {
            problems.add(block.file(), block.line(), "unknown strategy '" + strategy + "': use " + Search.choices());
        }
        if (!OUTCOMES.contains(expect)) {
            problems.add(block.file(), block.line(), "unknown expect '" + expect + "': use one of " + OUTCOMES);
        }
        return problems.count() == before
                ? Optional.of(new ExploreExpectation(budget, seconds, search.orElseThrow(), bound, expect, block.line()))
                : Optional.empty();
    }

    private static int number(FencedBlock block, Problems problems, String key, int fallback) {
        String v = block.options().get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(block.file(), block.line(), key + " must be a whole number ≥ 0, not '" + v + "'");
        return fallback;
    }
}
