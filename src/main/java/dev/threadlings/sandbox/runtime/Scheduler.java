package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one schedule: exactly one managed thread at a time; at every scheduling point the strategy picks who goes
 * next and the baton is handed over ({@link Turns}). All model state (locks, waits, clock) is touched only by the
 * thread holding the baton, and the hand-off (a semaphore) orders those touches. Here: the schedule's threads, its
 * steps and trace, how it ends, and what it tells the race detector.
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

    private final ManagedThreads threads = new ManagedThreads();
    private final Locks locks = new Locks();
    private final int maxSteps;
    final List<TraceEvent> trace = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    private final VirtualClock clock = new VirtualClock();
    private final Turns turns;
    private volatile int steps;
    private volatile Finding failure;
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
        this.turns = new Turns(this, strategy, decisions, clock);
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
        return clock.now();
    }

    int steps() {
        return steps;
    }

    Finding failure() {
        return failure;
    }

    List<Slot> slots() {
        return threads.all();
    }

    /** The slot of the calling thread, or null for a thread the scheduler does not manage. */
    Slot self() {
        return threads.self();
    }

    /**
     * Makes a managed thread: {@code handle} is the Thread object learner code holds, {@code runner} the thread
     * that really runs its code. Called by the starter, which holds the baton (or before anything runs).
     */
    Slot register(Thread handle, Thread runner) {
        return threads.add(handle, runner);
    }

    /** The slot of a thread learner code holds, or of a running thread. */
    Slot slotOf(Thread t) {
        return threads.of(t);
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
            turns.reschedule(self, false);
        }
        record(self, what, location);
    }

    /** A point where the thread offers to step aside (Thread.yield, onSpinWait): another thread runs if it can. */
    void yieldPoint(Slot self, String what, String location) {
        step(self);
        record(self, what, location);
        if (self.atomic == 0) {
            turns.reschedule(self, true);
        }
    }

    /** A scheduling point after an operation that already happened (a read, with its value): record, then switch. */
    void after(Slot self, String what, String location) {
        step(self);
        record(self, what, location);
        if (self.atomic == 0) {
            turns.reschedule(self, false);
        }
    }

    private void record(Slot self, String what, String location) {
        if (what != null && tracing) {
            trace.add(new TraceEvent(self.id, what, location));
        }
    }

    private void step(Slot self) {
        checkAborted();
        if (++steps > maxSteps) {
            if (threads.all().stream().allMatch(Slot::ended)) {
                done.countDown(); // only daemons still run: the JVM would have exited, no hang
            } else {
                fail(new Finding.StepLimit(maxSteps));
            }
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
            turns.reschedule(self, false);
        } finally {
            self.wait = null;
        }
        if (detector != null && self.interrupted()) {
            acquired(self, self.handle); // woken by interrupt(): it happens before what follows
        }
    }

    /** The calling managed thread has ended: hand the baton on without waiting for it back. */
    void exit(Slot self) {
        self.finished = true;
        if (!aborted) {
            turns.handOn();
        }
    }

    /** Moves virtual time forward to {@code time} (a timed wait that ends early: see {@link Liberties}). */
    void advanceClock(long time) {
        clock.advanceTo(time);
    }

    /** The first failure wins; everyone parked is woken to unwind. */
    void fail(Finding f) {
        if (failure == null) {
            failure = f;
        }
        shutdown();
        done.countDown();
    }

    /** Ends the schedule for threads still parked (idle pool workers): they wake, unwind and end. */
    void shutdown() {
        aborted = true;
        for (Slot s : threads.all()) {
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

    boolean aborted() {
        return aborted;
    }

    void checkAborted() {
        if (aborted) {
            throw new SandboxAbort();
        }
    }
}
