package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Chooses which thread runs next at a decision point (a scheduling point where more than one thread could run).
 * {@code current} is the id of the thread that reached the point, or -1 when it cannot go on (blocked, finished).
 */
sealed interface Strategy {
    int pick(int[] runnable, int current, int decision);

    /** Keep running the current thread; otherwise the lowest-numbered one. The schedule with no preemptions. */
    record NonPreemptive() implements Strategy {
        public int pick(int[] runnable, int current, int decision) {
            for (int id : runnable) {
                if (id == current) {
                    return id;
                }
            }
            return runnable[0];
        }
    }

    /** Runs {@code thread} whenever it can, else keeps the current one: the other order of a race. */
    record Prefer(int thread) implements Strategy {
        public int pick(int[] runnable, int current, int decision) {
            for (int id : runnable) {
                if (id == thread) {
                    return id;
                }
            }
            return new NonPreemptive().pick(runnable, current, decision);
        }
    }

    /** A uniformly random choice at every decision. */
    final class RandomWalk implements Strategy {
        private final SplittableRandom random;

        RandomWalk(long seed) {
            random = new SplittableRandom(seed);
        }

        public int pick(int[] runnable, int current, int decision) {
            return runnable[random.nextInt(runnable.length)];
        }
    }

    /**
     * PCT (Burckhardt et al., ASPLOS 2010): random thread priorities, always run the highest, and at d−1 random
     * decisions lower the running thread below everyone. Finds a bug of depth d with probability ≥ 1/(n·k^(d−1)).
     */
    final class Pct implements Strategy {
        private final SplittableRandom random;
        private final Map<Integer, Integer> priority = new HashMap<>();
        private final List<Integer> changeAt = new ArrayList<>();
        private int lowest = 0;

        Pct(long seed, int depth, int expectedDecisions) {
            random = new SplittableRandom(seed);
            for (int i = 0; i < depth - 1; i++) {
                changeAt.add(random.nextInt(Math.max(1, expectedDecisions)));
            }
        }

        public int pick(int[] runnable, int current, int decision) {
            for (int id : runnable) {
                priority.computeIfAbsent(id, k -> 1_000 + random.nextInt(1_000_000));
            }
            if (current >= 0 && changeAt.contains(decision)) {
                priority.put(current, --lowest);
            }
            int best = runnable[0];
            for (int id : runnable) {
                if (priority.get(id) > priority.get(best)) {
                    best = id;
                }
            }
            return best;
        }
    }

    /** Follows a recorded list of choices, then another strategy: replays and systematic search. */
    record Guided(List<Integer> prefix, Strategy after) implements Strategy {
        public int pick(int[] runnable, int current, int decision) {
            if (decision < prefix.size()) {
                int wanted = prefix.get(decision);
                for (int id : runnable) {
                    if (id == wanted) {
                        return id;
                    }
                }
            }
            return after.pick(runnable, current, decision);
        }
    }
}
