package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.StableNames;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.Exploration;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.schedule.ManagedTask;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.runtime.Searched;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a scenario (a list of static no-argument methods of the learner's classes, called in order on one thread)
 * under many schedules: first every schedule with few preemptions, then PCT and random walks, until a schedule
 * fails or the budget is spent.
 */
public final class Explorer {

    private final ExploreSettings options;
    private final ClassPreparation classes;
    private int unmanaged;
    /** Schedules in which the race detector stopped following the threads (more than it can count). */
    private int detectorGaveUp;
    /** Threads that learner code caused to run where the sandbox does not reach (JDK code started them). */
    private final ForeignThreads foreign = new ForeignThreads();
    private final ExplorationResult results;

    public Explorer(Map<String, byte[]> classes, List<String[]> plan, ExploreSettings options) {
        this.options = options;
        this.classes = new ClassPreparation(classes, plan);
        this.results = new ExplorationResult(options, this::runShown, foreign);
    }

    Exploration explore() {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.seconds());
        if (options.replay() != null) {
            Scheduler s = runShown(new Strategy.Guided(options.replay(), new Strategy.NonPreemptive()), true);
            return result(1, 0, false, List.of(new Searched.Replay()), start, s);
        }
        int runs = 0;
        int systematic = 0;
        Scheduler last = null;
        boolean exhaustive = false;
        List<Searched> used = new ArrayList<>();
        Search search = options.search();
        if (search == Search.AUTO || search == Search.DFS) {
            used.add(new Searched.BoundedSearch(options.bound()));
            Dfs dfs = new Dfs(options.bound());
            int dfsBudget = search == Search.DFS ? options.budget() : Math.max(1, options.budget() / 2);
            // auto: the first schedule's conflicts and lock nesting direct a few schedules, taken in turns with
            // the bounded search and out of its share of the budget (see Directed)
            Directed directed = search == Search.AUTO ? new Directed(dfsBudget / 2) : null;
            while (runs < dfsBudget && System.nanoTime() < deadline && !raceSettled(runs)) {
                boolean turn = directed != null && directed.hasNext() && (runs % 2 == 1 || dfs.exhausted());
                if (!turn && dfs.exhausted()) {
                    break;
                }
                last = turn ? runOnce(directed.next(), false) : runOnce(dfs.next(), false, runs == 0);
                runs++;
                if (last.failure() != null) {
                    if (turn && !used.contains(new Searched.DirectedSchedules())) {
                        used.add(new Searched.DirectedSchedules());
                    }
                    return result(runs, turn ? systematic : systematic + 1, false, used,
                            start, last);
                }
                noteRaces(last, runs);
                if (turn) {
                    continue;
                }
                systematic++;
                if (runs == 1 && directed != null) {
                    directed.learn(last);
                }
                dfs.finished(last.decisions);
                if (dfs.exhausted() && (directed == null || !directed.hasNext())) {
                    exhaustive = true;
                    break;
                }
            }
            if (dfs.exhausted()) {
                exhaustive = true;
            }
            if (directed != null && directed.tried() > 0) {
                used.add(new Searched.DirectedSchedules());
            }
        }
        long seed = options.seed();
        boolean pct = search != Search.RANDOM;
        if (search != Search.DFS) {
            used.add(search == Search.RANDOM ? new Searched.RandomWalks() : new Searched.Pct());
        }
        // once every schedule within the bound has run, a few hundred randomized ones look deeper; a small scenario
        // needs no more than that, and a learner should not wait for a budget meant for large ones
        int budget = exhaustive ? Math.min(options.budget(), runs + Math.max(200, 2 * runs)) : options.budget();
        while (search != Search.DFS && runs < budget && System.nanoTime() < deadline && !raceSettled(runs)) {
            Strategy st = pct && runs % 4 != 3
                    ? new Strategy.Pct(seed + runs, 2 + runs % 2, Math.max(4, expectedDecisions(last)))
                    : new Strategy.RandomWalk(seed + runs);
            last = runOnce(st, false);
            runs++;
            if (last.failure() != null) {
                return result(runs, systematic, exhaustive, used, start, last);
            }
            noteRaces(last, runs);
        }
        if (raced != null) {
            Scheduler flipped = Shrinking.flip(raced, (strategy, tracing) -> {
                flips++;
                return runShown(strategy, tracing);
            });
            if (flipped != null) {
                used.add(new Searched.RaceReversed());
                return result(runs + flips, systematic, exhaustive, used, start, flipped);
            }
            return result(runs + flips, systematic, exhaustive, used, start, raced);
        }
        return result(runs, systematic, exhaustive, used, start, last);
    }

    /** The first schedule that raced (without failing), and after how many schedules it came. */
    private Scheduler raced;
    private int racedAt;

    private void noteRaces(Scheduler s, int runs) {
        if (raced == null && s.detector != null && s.detector.raced()) {
            raced = s;
            racedAt = runs;
        }
    }

    /**
     * A race is reported even if no schedule fails; but a failure it causes says more, so the search goes on for a
     * while (as long again as it took to find the race, at least 200 schedules) before settling for the race.
     */
    private boolean raceSettled(int runs) {
        return raced != null && runs >= racedAt + Math.max(200, racedAt);
    }

    /** Schedules the race reversal ran. */
    private int flips;

    private static int expectedDecisions(Scheduler last) {
        return last == null ? 8 : last.decisions.size();
    }

    private Exploration result(int runs, int systematic, boolean exhaustive, List<Searched> strategies, long start,
                               Scheduler s) {
        return results.of(runs, systematic, exhaustive, List.copyOf(strategies), start, s, unmanaged,
                detectorGaveUp);
    }

    /**
     * One schedule; one that is traced (to be shown) runs twice: first to learn what holds each object, then the
     * same choices again with those names from its first step, so that an object has one name all through
     * ({@link StableNames}). When the second run differs (a program that does not replay the same way), the first
     * is shown, each object named as it was first mentioned.
     */
    private Scheduler runShown(Strategy strategy, boolean tracing) {
        if (!tracing) {
            return runOnce(strategy, false);
        }
        try {
            StableNames.restart();
            Scheduler learned = runOnce(strategy, true);
            Map<String, String> names = StableNames.names();
            StableNames.restart(names, true);
            Scheduler shown = runOnce(new Strategy.Guided(Shrinking.choices(learned), new Strategy.NonPreemptive()),
                    true);
            boolean same = learned.failure() == null ? shown.failure() == null
                    : shown.failure() != null && shown.failure().kind() == learned.failure().kind();
            return same && StableNames.names().equals(names) ? shown : learned;
        } finally {
            StableNames.off();
        }
    }

    /** One schedule, from fresh classes to the end of every thread (or a failure). */
    public Scheduler runOnce(Strategy strategy, boolean tracing) {
        return runOnce(strategy, tracing, false);
    }

    /** {@code conflicts}: record the schedule's shared accesses, for {@link Directed}. */
    private Scheduler runOnce(Strategy strategy, boolean tracing, boolean conflicts) {
        Scheduler s = new Scheduler(strategy, options.maxSteps(), tracing, options.races());
        if (conflicts) {
            s.conflicts = new Conflicts();
        }
        RunningSchedule.install(s);
        classes.prepare();
        Thread main = Thread.ofVirtual().name("main").unstarted(new ManagedTask(classes::runPlan));
        ManagedThread first = s.register(main, main);
        s.begin(first);
        main.start();
        awaitEnd(s);
        s.shutdown();
        if (!tracing && s.detector != null && s.detector.gaveUp()) {
            detectorGaveUp++;
        }
        if (foreign.firstLook()) {
            foreign.look();
        }
        for (ManagedThread slot : s.slots()) {
            try {
                slot.thread.join(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (slot.thread.isAlive()) {
                unmanaged++;
                classes.forget(); // a thread of this run is still alive: the next run gets classes of its own
            }
        }
        RunningSchedule.install(null);
        return s;
    }

    /** Waits for the schedule's end; a schedule that stops taking steps is ended as stuck when {@link Silence} says. */
    private static void awaitEnd(Scheduler s) {
        Silence silence = new Silence();
        try {
            while (!s.done.await(100, TimeUnit.MILLISECONDS)) {
                if (silence.stuck(s.steps(), () -> Stuck.activity(s), Stuck::cpuNanos)) {
                    s.fail(Stuck.describe(s));
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
