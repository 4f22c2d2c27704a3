package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * How to explore — the one set of defaults for the course files, the command line and the explorer VM: the search,
 * a budget in schedules and seconds, the seed of PCT and random walks, the preemption bound of the systematic
 * search, the step limit per schedule (beyond it a schedule counts as a hang), optionally one schedule to replay,
 * and whether to look for data races (happens-before detection; on unless turned off, e.g. to measure its cost).
 * It crosses to the explorer VM as text ({@link ExplorerCodec}).
 */
public record ExploreSettings(Search search, int budget, int seconds, long seed, int bound, int maxSteps,
                              List<Integer> replay, boolean races) {
    public static final int DEFAULT_BUDGET = 2000;
    public static final int DEFAULT_SECONDS = 20;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_BOUND = 2;
    public static final int DEFAULT_MAX_STEPS = 20_000;

    public ExploreSettings {
        replay = replay == null ? null : List.copyOf(replay);
    }

    public static ExploreSettings defaults() {
        return new ExploreSettings(Search.AUTO, DEFAULT_BUDGET, DEFAULT_SECONDS, DEFAULT_SEED, DEFAULT_BOUND,
                DEFAULT_MAX_STEPS, null, true);
    }

    public ExploreSettings withSearch(Search s) {
        return new ExploreSettings(s, budget, seconds, seed, bound, maxSteps, replay, races);
    }

    public ExploreSettings withBudget(int schedules) {
        return new ExploreSettings(search, schedules, seconds, seed, bound, maxSteps, replay, races);
    }

    public ExploreSettings withSeconds(int s) {
        return new ExploreSettings(search, budget, s, seed, bound, maxSteps, replay, races);
    }

    public ExploreSettings withSeed(long s) {
        return new ExploreSettings(search, budget, seconds, s, bound, maxSteps, replay, races);
    }

    public ExploreSettings withBound(int preemptions) {
        return new ExploreSettings(search, budget, seconds, seed, preemptions, maxSteps, replay, races);
    }

    public ExploreSettings withMaxSteps(int steps) {
        return new ExploreSettings(search, budget, seconds, seed, bound, steps, replay, races);
    }

    public ExploreSettings withRaces(boolean on) {
        return new ExploreSettings(search, budget, seconds, seed, bound, maxSteps, replay, on);
    }

    /** Exactly this schedule, once. */
    public ExploreSettings withReplay(List<Integer> choices) {
        return new ExploreSettings(search, 1, seconds, seed, bound, maxSteps, List.copyOf(choices), races);
    }

    public boolean freeRun() {
        return search == Search.FREE;
    }
}
