package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.explore.Conflicts;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.race.RaceDetector;
import dev.threadlings.sandbox.runtime.explore.Strategy;
import dev.threadlings.sandbox.runtime.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one schedule: exactly one managed thread at a time; at every scheduling point the strategy picks who goes
 * next and the baton is handed over ({@link Turns}). All model state (locks, waits, clock) is touched only by the
 * thread holding the baton, and the hand-off (a semaphore) orders those touches. Here: the schedule's threads, its
 * steps and trace, how it ends, and what it tells the race detector.
 */
public final class Scheduler {
    private final ManagedThreads threads = new ManagedThreads();
    private final Locks locks = new Locks();
    public final List<TraceEvent> trace = new ArrayList<>();
    public final List<Decision> decisions = new ArrayList<>();
    public final CountDownLatch done = new CountDownLatch(1);
    private final VirtualClock clock = new VirtualClock();
    private final Turns turns;
    private volatile Finding failure;
    private volatile boolean aborted;
    /** Whether steps are recorded: only when a schedule is replayed to be shown, since building them is costly. */
    public final boolean tracing;
    /** The shared accesses of this schedule, for conflict-directed flips; null when they are not recorded. */
    public Conflicts conflicts;
    /** The happens-before race detector, or null when races are not looked for. */
    public final RaceDetector detector;
    /** The steps taken and, past the limit, the evidence of a hang. */
    final StepCounter stepCounter;
    /** JDK calls learner code made that the sandbox does not see into (SchedulingPoints.opaque). */
    public int opaque;
    /**
     * Learner code run by threads the schedule does not manage (a JDK timer's, a real pool's): their writes take no
     * step, so no spin is proved while they run. Volatile: they are not the baton's; an increment lost to a race
     * still changes the count.
     */
    public volatile int foreign;
    /** The models' state in this schedule ({@link ScheduleLocal}). */
    final ScheduleLocal.Values locals = new ScheduleLocal.Values();

    public Scheduler(Strategy strategy, int maxSteps, boolean tracing, boolean detectRaces) {
        this.turns = new Turns(this, strategy, decisions, clock);
        this.stepCounter = new StepCounter(this, maxSteps);
        this.tracing = tracing;
        this.detector = detectRaces ? new RaceDetector() : null;
        if (detector != null) {
            detector.decisions = decisions::size;
        }
        locks.detector = detector;
    }

    public Locks locks() {
        return locks;
    }

    public long virtualTime() {
        return clock.now();
    }

    /**
     * The deadline of a timed wait of {@code millis} (MAX_VALUE: none; zero or less: now, the wait ends at once),
     * overflow-safe: every model's timeout goes through here.
     */
    public long deadlineIn(long millis) {
        return clock.after(millis);
    }

    /** The deadline of a timed wait of {@code time} in {@code unit}: {@link #timeoutMillis}, then {@link #deadlineIn(long)}. */
    public long deadlineIn(long time, TimeUnit unit) {
        return clock.after(timeoutMillis(time, unit));
    }

    /**
     * A JDK timeout in the clock's milliseconds: zero or less is none (the JDK tries once), a positive one at least
     * 1 ms (a wait that lets others run), MAX_VALUE when the unit saturates (no limit).
     */
    public static long timeoutMillis(long time, TimeUnit unit) {
        return time <= 0 ? 0 : Math.max(1, unit.toMillis(time));
    }

    public int steps() {
        return stepCounter.steps();
    }

    public Finding failure() {
        return failure;
    }

    public List<ManagedThread> slots() {
        return threads.all();
    }

    /** The slot of the calling thread, or null for a thread the scheduler does not manage. */
    public ManagedThread self() {
        return threads.self();
    }

    /**
     * Makes a managed thread: {@code handle} is the Thread object learner code holds, {@code runner} the thread
     * that really runs its code. Called by the starter, which holds the baton (or before anything runs).
     */
    public ManagedThread register(Thread handle, Thread runner) {
        return threads.add(handle, runner);
    }

    /** The slot of a thread learner code holds, or of a running thread. */
    public ManagedThread slotOf(Thread t) {
        return threads.of(t);
    }

    /** The first thing a managed thread does: wait for its turn. */
    public void enter(ManagedThread self) {
        self.baton.take();
        self.entered = true;
        checkAborted();
    }

    /** Lets the first thread run; called once by the explorer. */
    public void begin(ManagedThread first) {
        first.baton.give();
    }

    /**
     * A scheduling point before an operation: maybe let other threads run first, then record the operation
     * ({@code what} may be null when the caller records it itself, after blocking for a lock, say).
     */
    public void point(ManagedThread self, String what, String location) {
        point(self, what, location, false);
    }

    /**
     * {@code pure}: the operation changes nothing but the thread's own frames, the lock table or the clock (a
     * monitor, a sleep, a call the instrumentation found read-only), so it may be part of a spin ({@link SpinProof}).
     */
    public void point(ManagedThread self, String what, String location, boolean pure) {
        step(self, location, pure);
        if (self.atomic == 0) {
            turns.reschedule(self, false);
        }
        record(self, what, location);
    }

    /** A point where the thread offers to step aside (Thread.yield, onSpinWait): another thread runs if it can. */
    public void yieldPoint(ManagedThread self, String what, String location) {
        step(self, location, true);
        record(self, what, location);
        if (self.atomic == 0) {
            turns.reschedule(self, true);
        }
    }

    /** A scheduling point after an operation that already happened (a read, with its value): record, then switch. */
    public void after(ManagedThread self, String what, String location) {
        step(self, location, true); // only reads come after what they do
        record(self, what, location);
        if (self.atomic == 0) {
            turns.reschedule(self, false);
        }
    }

    private void record(ManagedThread self, String what, String location) {
        if (what != null && tracing) {
            trace.add(new TraceEvent(self.id, what, location));
        }
    }

    private void step(ManagedThread self, String location, boolean pure) {
        checkAborted();
        if (!pure) {
            self.changes++;
        }
        stepCounter.step(self, location, pure);
    }

    /** Records an event without offering a switch (the value a read returned). */
    public void note(ManagedThread self, String what, String location) {
        if (tracing && !aborted) { // unwinding after the end (finally blocks, monitor exits) is not part of it
            trace.add(new TraceEvent(self.id, what, location));
        }
    }

    /** Blocks {@code self} until {@code wait} is satisfied, running others meanwhile. */
    public void block(ManagedThread self, Wait wait) {
        stepCounter.blocked(self, wait instanceof Wait.ForLock || wait instanceof Wait.Sleeping);
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
    public void exit(ManagedThread self) {
        stepCounter.blocked(self, false);
        self.finished = true;
        if (!aborted) {
            turns.handOn();
        }
    }

    /** Moves virtual time forward to {@code time} (a timed wait that ends early: see {@link Liberties}). */
    void advanceClock(long time) {
        clock.advanceTo(time);
    }

    /** Time passes for a thread that spins on the clock ({@link ClockReads}); returns the new time. */
    long passTime(long millis) {
        return clock.pass(millis, threads.all());
    }

    /** The first failure wins; everyone parked is woken to unwind. */
    public void fail(Finding f) {
        if (failure == null) {
            failure = f;
        }
        shutdown();
        done.countDown();
    }

    /** Ends the schedule for threads still parked (idle pool workers): they wake, unwind and end. */
    public void shutdown() {
        aborted = true;
        for (ManagedThread s : threads.all()) {
            s.baton.give();
        }
    }

    /** For the race detector: {@code self} has taken what {@code sync} hands over (a lock, an item, a result). */
    public void acquired(ManagedThread self, Object sync) {
        if (detector != null && !aborted) {
            detector.acquire(self.id, sync);
        }
    }

    /** For the race detector: what {@code self} did so far is handed over through {@code sync}. */
    public void released(ManagedThread self, Object sync) {
        if (detector != null && !aborted) {
            detector.release(self.id, sync);
        }
    }

    /** For the race detector: {@code self} saw {@code other} end (join, isAlive() false). */
    public void joined(ManagedThread self, ManagedThread other) {
        if (detector != null && !aborted) {
            detector.join(self.id, other.id);
        }
    }

    public boolean aborted() {
        return aborted;
    }

    void checkAborted() {
        if (aborted) {
            throw new SandboxAbort();
        }
    }
}
