package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.step.StepProbe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Chooses which thread runs next at a decision point (a scheduling point where more than one thread could run).
 * {@code runnable} holds the threads that can run, in order, then the {@link Liberties} on offer; {@code current}
 * is the id of the thread that reached the point, or -1 when it cannot go on (blocked, finished) or offers to step
 * aside; {@code yielder} is the thread that called Thread.yield (it may go on), else -1.
 */
public sealed interface Strategy {
    int pick(int[] runnable, int current, int yielder, int decision);

    /**
     * Keep running the current thread; otherwise the lowest-numbered one, a yielding thread only if no other
     * can run; never a liberty. The schedule with no preemptions.
     */
    record NonPreemptive() implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            for (int id : runnable) {
                if (id == current) {
                    return id;
                }
            }
            for (int id : runnable) {
                if (id != yielder && !Liberties.is(id)) {
                    return id;
                }
            }
            return runnable[0];
        }
    }

    /** Runs {@code thread} whenever it can, else keeps the current one: the other order of a race. */
    record Prefer(int thread) implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            for (int id : runnable) {
                if (id == thread) {
                    return id;
                }
            }
            return new NonPreemptive().pick(runnable, current, yielder, decision);
        }
    }

    /**
     * Runs {@code first} whenever it can, and {@code last} only when no other thread can: a third thread steps in
     * between the two accesses of a race (see Explorer's flip).
     */
    record Between(int first, int last) implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            for (int id : runnable) {
                if (id == first) {
                    return id;
                }
            }
            return new Delay(last).pick(runnable, current, yielder, decision);
        }
    }

    /**
     * Runs {@code thread} only when no other thread can run: it goes last from here on (a conflict-directed flip,
     * see {@link Conflicts}).
     */
    record Delay(int thread) implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            int threads = threads(runnable);
            if (threads == 1 && runnable[0] == thread) {
                return thread;
            }
            int[] others = new int[threads];
            int n = 0;
            for (int i = 0; i < threads; i++) {
                if (runnable[i] != thread) {
                    others[n++] = runnable[i];
                }
            }
            return new NonPreemptive().pick(java.util.Arrays.copyOf(others, n), current == thread ? -1 : current,
                    yielder, decision);
        }
    }

    /**
     * A thread that holds a monitor or lock goes after every thread that holds none; otherwise no preemptions.
     * Each thread of a lock cycle then takes its first lock before any takes its second, so a cycle of any length
     * closes in this one schedule (the pause of DeadlockFuzzer, Joshi et al., PLDI 2009, given to every holder).
     */
    record HoldersLast() implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            Scheduler s = RunningSchedule.scheduler();
            int threads = threads(runnable);
            int[] free = new int[threads];
            int n = 0;
            for (int i = 0; i < threads; i++) {
                if (s == null || !s.locks().holdsAny(runnable[i])) {
                    free[n++] = runnable[i];
                }
            }
            int[] choices = n == 0 ? java.util.Arrays.copyOf(runnable, threads) : java.util.Arrays.copyOf(free, n);
            return new NonPreemptive().pick(choices, current, yielder, decision);
        }
    }

    /**
     * A uniformly random thread at every decision; a liberty now and then (one decision in eight where one is on
     * offer), so that the few a schedule may take do not all go to its first decisions.
     */
    final class RandomWalk implements Strategy {
        private final SplittableRandom random;

        RandomWalk(long seed) {
            random = new SplittableRandom(seed);
        }

        public int pick(int[] runnable, int current, int yielder, int decision) {
            int threads = threads(runnable);
            if (threads < runnable.length && random.nextInt(8) == 0) {
                return runnable[threads + random.nextInt(runnable.length - threads)];
            }
            return runnable[random.nextInt(threads)];
        }
    }

    /** How many of the choices are threads (they come before the liberties). */
    static int threads(int[] runnable) {
        int n = 0;
        while (n < runnable.length && !Liberties.is(runnable[n])) {
            n++;
        }
        return n;
    }

    /**
     * PCT (Burckhardt et al., ASPLOS 2010): random thread priorities, always run the highest, and at d−1 random
     * decisions lower the running thread below everyone. Finds a bug of depth d with probability ≥ 1/(n·k^(d−1)).
     * A yielding thread is passed over while another can run; a liberty is taken at the first decision, from a
     * random one on, that offers one (then from another random decision on).
     */
    final class Pct implements Strategy {
        private final SplittableRandom random;
        private final Map<Integer, Integer> priority = new HashMap<>();
        private final List<Integer> changeAt = new ArrayList<>();
        private final int expected;
        private int lowest = 0;
        private int libertyFrom;

        Pct(long seed, int depth, int expectedDecisions) {
            random = new SplittableRandom(seed);
            expected = Math.max(1, expectedDecisions);
            for (int i = 0; i < depth - 1; i++) {
                changeAt.add(random.nextInt(expected));
            }
            libertyFrom = random.nextInt(expected);
        }

        public int pick(int[] runnable, int current, int yielder, int decision) {
            int threads = threads(runnable);
            if (threads < runnable.length && decision >= libertyFrom) {
                libertyFrom = decision + 1 + random.nextInt(expected);
                return runnable[threads + random.nextInt(runnable.length - threads)];
            }
            for (int i = 0; i < threads; i++) {
                priority.computeIfAbsent(runnable[i], k -> 1_000 + random.nextInt(1_000_000));
            }
            if (current >= 0 && changeAt.contains(decision)) {
                priority.put(current, --lowest);
            }
            int best = -1;
            for (int i = 0; i < threads; i++) {
                int id = runnable[i];
                if (id != yielder && (best < 0 || priority.get(id) > priority.get(best))) {
                    best = id;
                }
            }
            return best < 0 ? runnable[0] : best;
        }
    }

    /** The host chooses (threadlings step): {@link StepProbe} follows its choices and halts where it must choose again. */
    record Stepped(StepProbe probe) implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            return probe.pick(runnable, current, decision);
        }
    }

    /** Follows a recorded list of choices, then another strategy: replays and systematic search. */
    record Guided(List<Integer> prefix, Strategy after) implements Strategy {
        public int pick(int[] runnable, int current, int yielder, int decision) {
            if (decision < prefix.size()) {
                int wanted = prefix.get(decision);
                for (int id : runnable) {
                    if (id == wanted) {
                        return id;
                    }
                }
            }
            return after.pick(runnable, current, yielder, decision);
        }
    }
}
