package dev.threadlings.sandbox.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a scenario (a list of static no-argument methods of the learner's classes, called in order on one thread)
 * under many schedules: first every schedule with few preemptions, then PCT and random walks, until a schedule
 * fails or the budget is spent.
 */
final class Explorer {

    private final Map<String, byte[]> classes;
    private final List<String[]> plan;
    private final ExploreSettings options;
    private int unmanaged;
    /** Schedules in which the race detector stopped following the threads (more than it can count). */
    private int detectorGaveUp;
    /** Threads that learner code caused to run where the sandbox does not reach (JDK code started them). */
    private final ForeignThreads foreign = new ForeignThreads();
    private SandboxLoader loader;
    private List<Method> steps;
    private final Map<Class<?>, Method> resets = new java.util.HashMap<>();
    /** False once re-running the static initializers failed: every schedule then defines the classes afresh. */
    private boolean resettable = true;

    Explorer(Map<String, byte[]> classes, List<String[]> plan, ExploreSettings options) {
        this.classes = classes;
        this.plan = plan;
        this.options = options;
        Sched.stateKept = false;
    }

    Exploration explore() {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.seconds());
        if (options.replay() != null) {
            Scheduler s = runOnce(new Strategy.Guided(options.replay(), new Strategy.NonPreemptive()), true);
            return result(1, 0, false, "replay", start, s);
        }
        int runs = 0;
        int systematic = 0;
        Scheduler last = null;
        boolean exhaustive = false;
        List<String> used = new ArrayList<>();
        Search search = options.search();
        if (search == Search.AUTO || search == Search.DFS) {
            used.add("every schedule with ≤ " + options.bound() + " preemptions");
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
                    if (turn && !used.contains(Directed.NAME)) {
                        used.add(Directed.NAME);
                    }
                    return result(runs, turn ? systematic : systematic + 1, false, String.join(", ", used),
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
                used.add(Directed.NAME);
            }
        }
        long seed = options.seed();
        boolean pct = search != Search.RANDOM;
        if (search != Search.DFS) {
            used.add(search == Search.RANDOM ? "random walks" : "PCT");
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
                return result(runs, systematic, exhaustive, String.join(", ", used), start, last);
            }
            noteRaces(last, runs);
        }
        if (raced != null) {
            Scheduler flipped = flip(raced);
            if (flipped != null) {
                return result(runs + flips, systematic, exhaustive, String.join(", ", used) + ", the race reversed",
                        start, flipped);
            }
            return result(runs + flips, systematic, exhaustive, String.join(", ", used), start, raced);
        }
        return result(runs, systematic, exhaustive, String.join(", ", used), start, last);
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

    /** How many threads besides the race's two may each step in between its accesses (see {@link #flip}). */
    private static final int THIRD_PARTIES = 6;
    /** Schedules the race reversal ran. */
    private int flips;

    /**
     * Race-directed scheduling: replays the schedule that raced up to just before the race's first access, then
     * lets the second thread run first. The harm may need a third thread to act in between (swap the lock the
     * second one takes, open its way): then each other thread goes first and the first racer last. If one of these
     * orders fails, that failure (caused by the race) is what the learner should see; otherwise null, and the race
     * is reported on its own.
     */
    private Scheduler flip(Scheduler s) {
        Race r = s.detector.races().getFirst();
        List<Integer> choices = new ArrayList<>();
        s.decisions.forEach(d -> choices.add(d.chosen()));
        int at = Math.min(r.first().decision(), choices.size());
        List<Strategy> orders = new ArrayList<>(List.of(new Strategy.Prefer(r.second().thread())));
        for (int t = 0; t < s.slots().size() && orders.size() <= THIRD_PARTIES; t++) {
            if (t != r.first().thread() && t != r.second().thread()) {
                orders.add(new Strategy.Between(t, r.first().thread()));
            }
        }
        for (Strategy order : orders) {
            for (int back = 0; back <= 1 && at - back >= 0; back++) {
                flips++;
                Scheduler run = runOnce(new Strategy.Guided(choices.subList(0, at - back), order), false);
                if (run.failure() != null && run.failure().kind() != FailureKind.STUCK) {
                    return run;
                }
            }
        }
        return null;
    }

    private static int expectedDecisions(Scheduler last) {
        return last == null ? 8 : last.decisions.size();
    }

    /**
     * Shrinks a failing schedule: repeatedly replays it with one preemption taken back (the interrupted thread
     * keeps running) and keeps any replay that fails the same way with fewer preemptions.
     */
    private Scheduler shrink(Scheduler failing) {
        Scheduler best = failing;
        FailureKind kind = failing.failure().kind();
        int attempts = 0;
        boolean improved = true;
        while (improved && attempts < 60) {
            improved = false;
            for (int i = best.decisions.size() - 1; i >= 0 && attempts < 60; i--) {
                Scheduler.Decision d = best.decisions.get(i);
                if (!d.preempted()) {
                    continue;
                }
                List<Integer> prefix = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    prefix.add(best.decisions.get(j).chosen());
                }
                prefix.add(d.natural());
                Scheduler r = runOnce(new Strategy.Guided(prefix, new Strategy.NonPreemptive()), false);
                attempts++;
                if (r.failure() != null && r.failure().kind() == kind && preemptions(r) < preemptions(best)) {
                    best = r;
                    improved = true;
                    break;
                }
            }
        }
        return best;
    }

    private static int preemptions(Scheduler s) {
        return (int) s.decisions.stream().filter(Scheduler.Decision::preempted).count();
    }

    private Exploration result(int runs, int systematic, boolean exhaustive, String strategies, long start,
                               Scheduler s) {
        Failure f = null;
        if (s != null && s.failure() != null) {
            boolean stuck = s.failure().kind() == FailureKind.STUCK;
            Scheduler best = options.replay() == null && !stuck ? shrink(s) : s;
            s = stuck ? best : traced(best);
            f = s.failure();
            if (s.detector != null) {
                Scheduler shown = s;
                List<String> why = Liberties.why(best.decisions, id -> label(shown, id));
                f = RaceReport.explain(f, s.detector.races(), id -> label(shown, id),
                        !why.isEmpty() ? why : preemptions(best) > 0 ? RaceReport.ATOMICITY : List.of());
            }
        } else if (s != null && s.detector != null && s.detector.raced()) {
            List<Race> races = s.detector.races();
            s = traced(s);
            if (s.detector != null && s.detector.raced()) {
                races = s.detector.races();
            }
            Scheduler shown = s;
            f = RaceReport.failure(races, id -> label(shown, id));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> names = new ArrayList<>();
        List<Integer> choices = new ArrayList<>();
        if (s != null) {
            s.slots().forEach(slot -> names.add(SchedThreads.label(slot)));
            s.decisions.forEach(d -> choices.add(d.chosen()));
        }
        foreign.look();
        if (!foreign.names().isEmpty() && (f == null || f.kind() == FailureKind.DEADLOCK
                || f.kind() == FailureKind.LOST_WAKEUP)) {
            f = foreign.notModelled(); // "nobody can run" is unsure when a thread outside the schedule might
        }
        List<String> limits = detectorGaveUp == 0 ? List.of() : List.of(String.format("the race detector gave up on "
                + "%,d schedule%s with more than %d threads: data races in %s were not looked for", detectorGaveUp,
                detectorGaveUp == 1 ? "" : "s", RaceDetector.MAX_THREADS, detectorGaveUp == 1 ? "it" : "them"));
        return new Exploration(runs, systematic, exhaustive && f == null, options.bound(), strategies, seconds, f,
                f == null ? List.of() : cap(marked(s)), names, choices, unmanaged, limits);
    }

    /** The same schedule again, recording its steps for people (exploring does not: it costs). */
    private Scheduler traced(Scheduler s) {
        if (s.tracing) {
            return s;
        }
        List<Integer> choices = new ArrayList<>();
        s.decisions.forEach(d -> choices.add(d.chosen()));
        Scheduler again = runOnce(new Strategy.Guided(choices, new Strategy.NonPreemptive()), true);
        boolean same = s.failure() == null ? again.failure() == null
                : again.failure() != null && again.failure().kind() == s.failure().kind();
        return same ? again : s;
    }

    private static String label(Scheduler s, int id) {
        return id < s.slots().size() ? SchedThreads.label(s.slots().get(id)) : "T" + id;
    }

    /** The trace, with the two accesses of the schedule's first race marked when one was found. */
    private static List<TraceEvent> marked(Scheduler s) {
        if (s.detector == null || !s.detector.raced() || !s.tracing) {
            return s.trace;
        }
        return RaceMarks.marked(s.trace, s.detector.races().getFirst());
    }

    /** A hang's trace is thousands of steps of the same loop: keep how it started and how it went on. */
    private static List<TraceEvent> cap(List<TraceEvent> trace) {
        int head = 80;
        int tail = 20;
        if (trace.size() <= head + tail + 1) {
            return List.copyOf(trace);
        }
        List<TraceEvent> out = new ArrayList<>(trace.subList(0, head));
        out.add(new TraceEvent(-1, "… " + (trace.size() - head - tail) + " more steps …", ""));
        out.addAll(trace.subList(trace.size() - tail, trace.size()));
        return out;
    }

    /** One schedule, from fresh classes to the end of every thread (or a failure). */
    Scheduler runOnce(Strategy strategy, boolean tracing) {
        return runOnce(strategy, tracing, false);
    }

    /** {@code conflicts}: record the schedule's shared accesses, for {@link Directed}. */
    private Scheduler runOnce(Strategy strategy, boolean tracing, boolean conflicts) {
        Scheduler s = new Scheduler(strategy, options.maxSteps(), tracing, options.races());
        if (conflicts) {
            s.conflicts = new Conflicts();
        }
        Sched.install(s);
        prepareClasses();
        Thread main = Thread.ofVirtual().name("main").unstarted(new ManagedTask(this::runPlan));
        Slot first = s.register(main, main);
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
        for (Slot slot : s.slots()) {
            try {
                slot.thread.join(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (slot.thread.isAlive()) {
                unmanaged++;
                loader = null; // a thread of this run is still alive: the next run gets classes of its own
            }
        }
        Sched.install(null);
        return s;
    }

    /**
     * Fresh static state for the next schedule: the classes already loaded re-run their static initialization
     * (in the order it first completed), which is much cheaper than defining them again; a new loader only when
     * that is not possible.
     */
    private void prepareClasses() {
        if (Sched.stateKept) {
            resettable = false; // an enum or interface holds what the last schedule left there
        }
        if (loader != null && resettable) {
            try {
                SchedThreads.resetting = true;
                for (Class<?> c : Sched.INITIALIZED) {
                    Method reset = resets.get(c);
                    if (reset == null) {
                        reset = c.getDeclaredMethod("threadlings$reset");
                        reset.setAccessible(true);
                        resets.put(c, reset);
                    }
                    reset.invoke(null);
                }
                return;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // a fresh loader, now and from now on: a reset that failed once (a static initializer that starts
                // a thread, say) would fail again, and first initialization must happen inside the schedule
                resettable = false;
            } finally {
                SchedThreads.resetting = false;
            }
        }
        loader = new SandboxLoader(classes, Explorer.class.getClassLoader());
        Sched.INITIALIZED.clear();
        resets.clear();
        steps = null;
    }

    /** Waits for the schedule's end; a schedule that stops taking steps is ended as stuck when {@link Silence} says. */
    private static void awaitEnd(Scheduler s) {
        Silence silence = new Silence();
        try {
            while (!s.done.await(100, TimeUnit.MILLISECONDS)) {
                if (silence.stuck(s.steps(), Stuck.activity(s), Stuck::cpuNanos)) {
                    s.fail(Stuck.describe(s));
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runPlan() {
        if (steps == null) {
            List<Method> found = new ArrayList<>();
            for (String[] step : plan) {
                try {
                    Method m = Class.forName(step[0], false, loader).getDeclaredMethod(step[1]);
                    m.setAccessible(true);
                    found.add(m);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the sandbox could not find " + step[0] + "." + step[1] + ": "
                            + e, e);
                }
            }
            steps = found;
        }
        for (Method m : steps) {
            try {
                m.invoke(null);
            } catch (InvocationTargetException e) {
                throw sneaky(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("the sandbox could not run " + m + ": " + e, e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
