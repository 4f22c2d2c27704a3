package dev.threadlings.course;

import java.util.List;
import java.util.Optional;

/**
 * An {@code explore} block: run the check's code under the concurrency sandbox, across many thread schedules,
 * and expect {@code expect} — {@code none} (no schedule fails: the usual demand on a learner's fix) or a failure
 * class ({@code deadlock}, {@code assertion}, …) for exercises where the learner must produce a failing
 * interleaving. Options: {@code budget} (schedules, default 2000), {@code seconds} (default 20), {@code strategy}
 * (auto, dfs, pct, random; or free: one run on real threads with the race detector listening, for code that blocks
 * in JDK calls the explorer does not model, such as a selector's event loop), {@code bound} (preemptions for the
 * systematic part, default 2). The block's text, if any, is ignored.
 *
 * @param budget   how many schedules to try at most
 * @param seconds  how long to explore at most
 * @param strategy how to choose schedules
 * @param bound    preemption bound for systematic search
 * @param expect   the outcome that passes
 * @param line     1-based line of the opening fence
 */
public record ExploreExpectation(int budget, int seconds, String strategy, int bound, String expect, int line)
        implements Expectation {

    /** The failure classes the sandbox reports, and {@code none}. */
    public static final List<String> OUTCOMES = List.of("none", "assertion", "exception", "deadlock", "lost-wakeup",
            "hang", "exit", "data-race");
    private static final List<String> STRATEGIES = List.of("auto", "dfs", "pct", "random", "free");

    /** Parses an {@code explore} block; registered in {@link ExpectationKinds}. */
    static Optional<Expectation> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowWords(problems);
        block.allowOptions(problems, "budget", "seconds", "strategy", "bound", "expect");
        var o = block.options();
        int budget = number(block, problems, "budget", 2000);
        int seconds = number(block, problems, "seconds", 20);
        int bound = number(block, problems, "bound", 2);
        String strategy = o.getOrDefault("strategy", "auto");
        String expect = o.getOrDefault("expect", "none");
        if (!STRATEGIES.contains(strategy)) {
            problems.add(block.file(), block.line(), "unknown strategy '" + strategy + "': use one of " + STRATEGIES);
        }
        if (!OUTCOMES.contains(expect)) {
            problems.add(block.file(), block.line(), "unknown expect '" + expect + "': use one of " + OUTCOMES);
        }
        return problems.count() == before
                ? Optional.of(new ExploreExpectation(budget, seconds, strategy, bound, expect, block.line()))
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
