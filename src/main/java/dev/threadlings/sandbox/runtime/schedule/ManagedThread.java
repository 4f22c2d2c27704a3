package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.model.SchedulingPoints;

/** One managed thread: its number in start order, its baton, and what it waits for. */
public final class ManagedThread {
    public final int id;
    /** The thread that runs this slot's code (a virtual thread standing in for the learner's thread). */
    public final Thread thread;
    /** The Thread object learner code holds (joins, interrupts, names); the same as {@link #thread} for main. */
    public final Thread handle;
    public final Baton baton;
    public Wait wait;
    public boolean entered;
    public boolean finished;
    /** Nesting of managed bodies on this thread: a Thread subclass's run() called directly from another body. */
    public int depth;
    /** True when the thread's own run() (a Thread subclass) entered the schedule, rather than a ManagedTask. */
    public boolean bodyOwner;
    /** Depth of JDK calls running learner callbacks; no switching while positive. */
    public int atomic;
    /** LockSupport's permit: unpark() makes it available, park() takes it. */
    public boolean permit;
    /** Steps taken in a row without another thread running: a spinning thread must let others in. */
    int streak;
    /** Decisions in a row at which this thread could run and another was chosen (see Scheduler's fairness). */
    int passedOver;
    /** How deep this thread is in learner static initializers (see SchedulingPoints.enterInitializer). */
    public int initializers;
    /** Steps this thread took that changed something (not pure, see {@link SpinProof}): a clock spin changes none. */
    int changes;
    /** Its reads of the virtual clock ({@link ClockReads}). */
    final ClockReads.Watch clockWatch = new ClockReads.Watch();
    /** A daemon thread: it does not keep the program alive (the JVM exits when only daemons are left). */
    final boolean daemon;

    ManagedThread(int id, Thread handle, Thread thread) {
        this.id = id;
        this.handle = handle;
        this.thread = thread;
        this.baton = new Baton(thread);
        this.daemon = id != 0 && Daemons.isDaemon(handle);
    }

    public String name() {
        return id == 0 ? "main" : "T" + id;
    }

    public boolean finished() {
        return finished;
    }

    /**
     * Finished, an idle pool worker, or a daemon that waits: nothing the program still waits for (a daemon
     * blocked for ever when the other threads end is no deadlock — the JVM exits).
     */
    boolean done() {
        return finished || wait instanceof Wait.IdleWorker || daemon && wait != null;
    }

    /** Nothing that keeps the program alive: finished, idle in a pool, or a daemon. */
    boolean ended() {
        return finished || wait instanceof Wait.IdleWorker || daemon;
    }

    public boolean runnable(Scheduler s) {
        return !finished && (wait == null || wait.satisfied(s) || interruptible() && interrupted());
    }

    /** The thread's interrupt flag, also while the baton keeps it aside (see {@link Baton#take()}). */
    public boolean interrupted() {
        return thread.isInterrupted() || baton.interruptPending();
    }

    /** Sleeping, joining and waiting end early when the thread is interrupted; taking a lock does not, but for lockInterruptibly. */
    private boolean interruptible() {
        return wait instanceof Wait.ForLock l && l.interruptible() || wait instanceof Wait.Sleeping || wait instanceof Wait.ForThread || wait instanceof Wait.ForSignal
                || wait instanceof Wait.Until
                || wait instanceof Wait.ForCount c && c.interruptible() || wait instanceof Wait.Parked;
    }

    @Override
    public String toString() {
        return name();
    }

    /** Its name for traces: T1, plus the learner's name for it when it gave one. */
    public String label() {
        return Names.thread(name(), handle.getName());
    }
}
