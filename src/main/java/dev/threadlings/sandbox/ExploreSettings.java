package dev.threadlings.sandbox;

import java.util.List;

/**
 * How to explore: the strategy (auto = every schedule with ≤ {@code bound} preemptions, then PCT and random walks;
 * or dfs, pct, random alone), a budget in schedules and seconds, the seed, the step limit per schedule (beyond it a
 * schedule counts as a hang), optionally one schedule to replay, and whether to look for data races
 * (happens-before detection; on unless turned off, e.g. to measure what it costs).
 */
public record ExploreSettings(String strategy, int budget, int seconds, long seed, int bound, int maxSteps,
                              List<Integer> replay, boolean races) {

    public ExploreSettings(String strategy, int budget, int seconds, long seed, int bound, int maxSteps,
                           List<Integer> replay) {
        this(strategy, budget, seconds, seed, bound, maxSteps, replay, true);
    }

    public ExploreSettings withRaces(boolean on) {
        return new ExploreSettings(strategy, budget, seconds, seed, bound, maxSteps, replay, on);
    }

    public static ExploreSettings defaults() {
        return new ExploreSettings("auto", 2000, 20, 1, 2, 20_000, null);
    }

    public ExploreSettings withReplay(List<Integer> choices) {
        return new ExploreSettings(strategy, 1, seconds, seed, bound, maxSteps, List.copyOf(choices), races);
    }
}
