package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one schedule: exactly one managed thread at a time; at every scheduling point the strategy picks who goes
 * next and the baton is handed over. All model state (locks, waits, clock) is touched only by the thread holding
 * the baton, and the hand-off (a semaphore) orders those touches.
 */
final class Scheduler {
    /**
     * One decision: the choices there were (threads that could run, then {@link Liberties}), the one taken, the
     * thread that asked (-1 if it could not go on) and the thread that offered to step aside (Thread.yield; -1).
     */
    record Decision(int[] runnable, int chosen, int current, int yielder) {
        /**
         * Whether taking {@code choice} here costs a preemption in bounded search: switching away from a thread
         * that could go on, a yielding thread going on, or a liberty.
         */
        boolean preempts(int choice) {
            return Liberties.is(choice) || current >= 0 && choice != current || choice == yielder;
        }

        boolean preempted() {
            return preempts(chosen);
        }

        /** The choice that costs nothing: what the first schedule takes. */
        int natural() {
            return new Strategy.NonPreemptive().pick(runnable, current, yielder, 0);
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final Map<Thread, Slot> byThread = new ConcurrentHashMap<>();
    private final Map<Thread, Slot> byHandle = new ConcurrentHashMap<>();
    private final Locks locks = new Locks();
    private final Strategy strategy;
    private final int maxSteps;
    final List<TraceEvent> trace = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    private long virtualTime;
    /** Liberties taken in this schedule (timed waits ended early, spurious wake-ups): see {@link Liberties}. */
    private int liberties;
    private volatile int steps;
    private volatile Failure failure;
    private volatile boolean aborted;
    /** Whether steps are recorded: only when a schedule is replayed to be shown, since building them is costly. */
    final boolean tracing;
    /** The shared accesses of this schedule, for conflict-directed flips; null when they are not recorded. */
    Conflicts conflicts;
    /** The happens-before race detector, or null when races are not looked for. */
    final RaceDetector detector;
    /** The models' state in this schedule ({@link ScheduleLocal}). */
    final ScheduleLocal.Values locals = new ScheduleLocal.Values();

    Scheduler(Strategy strategy, int maxSteps, boolean tracing, boolean detectRaces) {
        this.strategy = strategy;
        this.maxSteps = maxSteps;
        this.tracing = tracing;
        this.detector = detectRaces ? new RaceDetector() : null;
        if (detector != null) {
            detector.decisions = decisions::size;
        }
        locks.detector = detector;
    }

    Locks locks() {
        return locks;
    }

    long virtualTime() {
        return virtualTime;
    }

    int steps() {
        return steps;
    }

    Failure failure() {
        return failure;
    }

    List<Slot> slots() {
        return slots;
    }

    /** The slot of the calling thread, or null for a thread the scheduler does not manage. */
    Slot self() {
        return byThread.get(Thread.currentThread());
    }

    /**
     * Makes a managed thread: {@code handle} is the Thread object learner code holds, {@code runner} the thread
     * that really runs its code. Called by the starter, which holds the baton (or before anything runs).
     */
    Slot register(Thread handle, Thread runner) {
        Slot s = new Slot(slots.size(), handle, runner);
        slots.add(s);
        byThread.put(runner, s);
        byHandle.put(handle, s);
        return s;
    }

    /** The slot of a thread learner code holds, or of a running thread. */
    Slot slotOf(Thread t) {
        Slot s = byHandle.get(t);
        return s != null ? s : byThread.get(t);
    }

    /** The first thing a managed thread does: wait for its turn. */
    void enter(Slot self) {
        self.baton.take();
        self.entered = true;
        checkAborted();
    }

    /** Lets the first thread run; called once by the explorer. */
    void begin(Slot first) {
        first.baton.give();
    }

    /**
     * A scheduling point before an operation: maybe let other threads run first, then record the operation
     * ({@code what} may be null when the caller records it itself, after blocking for a lock, say).
     */
    void point(Slot self, String what, String location) {
        step(self);
        if (self.atomic == 0) {
            reschedule(self, false);
        }
        if (what != null && tracing) {
            trace.add(new TraceEvent(self.id, what, location));
        }
    }

    /** A point where the thread offers to step aside (Thread.yield, onSpinWait): another thread runs if it can. */
    void yieldPoint(Slot self, String what, String location) {
        step(self);
        if (tracing) {
            trace.add(new TraceEvent(self.id, what, location));
        }
        if (self.atomic == 0) {
            reschedule(self, true);
        }
    }

    /** A scheduling point after an operation that already happened (a read, with its value): record, then switch. */
    void after(Slot self, String what, String location) {
        step(self);
        if (what != null && tracing) {
            trace.add(new TraceEvent(self.id, what, location));
        }
        if (self.atomic == 0) {
            reschedule(self, false);
        }
    }

    private void step(Slot self) {
        checkAborted();
        if (++steps > maxSteps) {
            if (slots.stream().allMatch(Slot::ended)) {
                done.countDown(); // only daemons still run: the JVM would have exited, no hang
                throw new SandboxAbort();
            }
            fail(new Failure(FailureKind.HANG, "no end after " + maxSteps + " steps: a livelock, a spin loop or an endless "
                    + "loop", List.of()));
            throw new SandboxAbort();
        }
    }

    /** Records an event without offering a switch (the value a read returned). */
    void note(Slot self, String what, String location) {
        if (tracing && !aborted) { // unwinding after the end (finally blocks, monitor exits) is not part of it
            trace.add(new TraceEvent(self.id, what, location));
        }
    }

    /** Blocks {@code self} until {@code wait} is satisfied, running others meanwhile. */
    void block(Slot self, Wait wait) {
        self.wait = wait;
        try {
            reschedule(self, false);
        } finally {
            self.wait = null;
        }
        if (detector != null && !aborted && self.interrupted()) {
            detector.acquire(self.id, self.handle); // woken by interrupt(): it happens before what follows
        }
    }

    /** How many steps a thread may take in a row while others could run, before it must let them (fairness). */
    private static final int FAIR_STREAK = 500;

    /**
     * Lets the strategy choose who runs next. {@code yielded}: the thread called Thread.yield — a hint, not an
     * order (JLS 17.9): it may go on, but the first schedule lets the others go first, as it always did.
     */
    private void reschedule(Slot self, boolean yielded) {
        boolean fair = ++self.streak > FAIR_STREAK;
        while (true) {
            int[] runnable = runnableIds();
            if ((fair || yielded) && runnable.length == 1 && runnable[0] == self.id && advanceClock()) {
                runnable = runnableIds(); // time passes while a thread spins: sleepers wake up
            }
            if (fair && runnable.length > 1) {
                // a thread that ran too long in a row goes last: others that can run, run (the sandbox is fair)
                runnable = java.util.Arrays.stream(runnable).filter(id -> id != self.id).toArray();
                fair = false;
            }
            if (runnable.length > 1) {
                runnable = notStarved(runnable);
            }
            if (runnable.length == 0) {
                if (advanceClock()) {
                    continue;
                }
                if (slots.stream().allMatch(Slot::done)) {
                    done.countDown(); // only idle pool threads are left: the program is over
                    throw new SandboxAbort();
                }
                fail(Deadlock.describe(this));
                throw new SandboxAbort();
            }
            int current = self.runnable(this) ? self.id : -1;
            int yielder = yielded && current >= 0 && runnable.length > 1 ? current : -1;
            yielded = false;
            int chosen = choose(runnable, yielder >= 0 ? -1 : current, yielder);
            passedOver(runnable, chosen);
            if (chosen != self.id) {
                Slot next = slots.get(chosen);
                self.streak = 0;
                next.baton.give();
                self.baton.take();
                checkAborted();
            }
            if (self.runnable(this)) {
                return;
            }
        }
    }

    /**
     * Threads that could run but were passed over more than FAIR_STREAK decisions in a row, if any: they run
     * first. Two threads that spin and yield to each other would otherwise keep a third that could end their spin
     * (the one that sets the flag) out for ever, and "hang" would accuse a program that any real scheduler ends.
     */
    private int[] notStarved(int[] runnable) {
        for (int id : runnable) {
            if (slots.get(id).passedOver > FAIR_STREAK) { // rare: look for the others only then (every decision asks)
                return java.util.Arrays.stream(runnable).filter(t -> slots.get(t).passedOver > FAIR_STREAK).toArray();
            }
        }
        return runnable;
    }

    private void passedOver(int[] runnable, int chosen) {
        for (int id : runnable) {
            Slot s = slots.get(id);
            s.passedOver = id == chosen ? 0 : s.passedOver + 1;
        }
    }

    /** One decision: the strategy picks among the threads that can run and the liberties on offer. */
    private int choose(int[] runnable, int current, int yielder) {
        int[] options = libertyCandidates ? Liberties.offer(this, runnable, liberties) : runnable;
        if (options.length == 1) {
            return options[0];
        }
        int chosen = strategy.pick(options, current, yielder, decisions.size());
        decisions.add(new Decision(options, chosen, current, yielder));
        if (Liberties.is(chosen)) {
            liberties++;
            return Liberties.take(this, chosen);
        }
        return chosen;
    }

    /** The calling managed thread has ended: hand the baton on without waiting for it back. */
    void exit(Slot self) {
        self.finished = true;
        if (aborted) {
            return;
        }
        int[] runnable = runnableIds();
        while (runnable.length == 0 && advanceClock()) {
            runnable = runnableIds();
        }
        if (runnable.length == 0) {
            if (slots.stream().allMatch(Slot::done)) {
                done.countDown();
            } else {
                fail(Deadlock.describe(this));
            }
            return;
        }
        slots.get(choose(runnable, -1, -1)).baton.give();
    }

    /** Set by {@link #runnableIds}: some thread that cannot run could be offered a liberty (see {@link Liberties}). */
    private boolean libertyCandidates;

    private int[] runnableIds() {
        int n = 0;
        int[] ids = new int[slots.size()];
        boolean candidates = false;
        for (Slot s : slots) {
            if (s.runnable(this)) {
                ids[n++] = s.id;
            } else if (!candidates && s.wait != null) {
                candidates = s.wait.deadline() != Long.MAX_VALUE || s.wait.spuriousWakeUp();
            }
        }
        libertyCandidates = candidates;
        return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
    }

    /** Moves virtual time to the next sleeper's or timed waiter's deadline; false if nobody is waiting on time. */
    private boolean advanceClock() {
        long next = Long.MAX_VALUE;
        for (Slot s : slots) {
            if (!s.finished && s.wait != null) {
                next = Math.min(next, s.wait.deadline());
            }
        }
        if (next == Long.MAX_VALUE || next <= virtualTime) {
            return false;
        }
        virtualTime = next;
        return true;
    }

    /** Moves virtual time forward to {@code time} (a timed wait that ends early: see {@link Liberties}). */
    void advanceClock(long time) {
        virtualTime = Math.max(virtualTime, time);
    }

    /** The first failure wins; everyone parked is woken to unwind. */
    void fail(Failure f) {
        if (failure == null) {
            failure = f;
        }
        aborted = true;
        for (Slot s : slots) {
            s.baton.give();
        }
        done.countDown();
    }

    /** Ends the schedule for threads still parked (idle pool workers): they wake, unwind and end. */
    void shutdown() {
        aborted = true;
        for (Slot s : slots) {
            s.baton.give();
        }
    }

    /** For the race detector: {@code self} has taken what {@code sync} hands over (a lock, an item, a result). */
    void acquired(Slot self, Object sync) {
        if (detector != null && !aborted) {
            detector.acquire(self.id, sync);
        }
    }

    /** For the race detector: what {@code self} did so far is handed over through {@code sync}. */
    void released(Slot self, Object sync) {
        if (detector != null && !aborted) {
            detector.release(self.id, sync);
        }
    }

    /** For the race detector: {@code self} saw {@code other} end (join, isAlive() false). */
    void joined(Slot self, Slot other) {
        if (detector != null && !aborted) {
            detector.join(self.id, other.id);
        }
    }

    /** Records a shared access for {@link Conflicts} (only the schedules that record them). */
    void accessed(Slot self, Object owner, String key, boolean write) {
        if (conflicts != null && !aborted) {
            conflicts.add(decisions.size(), self.id, owner, key, write);
        }
    }

    boolean aborted() {
        return aborted;
    }

    void checkAborted() {
        if (aborted) {
            throw new SandboxAbort();
        }
    }
}
