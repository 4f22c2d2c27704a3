package dev.threadlings.sandbox.runtime;

/** One managed thread: its number in start order, its baton, and what it waits for. */
final class Slot {
    final int id;
    /** The thread that runs this slot's code (a virtual thread standing in for the learner's thread). */
    final Thread thread;
    /** The Thread object learner code holds (joins, interrupts, names); the same as {@link #thread} for main. */
    final Thread handle;
    final Baton baton;
    Wait wait;
    boolean entered;
    boolean finished;
    /** Nesting of managed bodies on this thread: a Thread subclass's run() called directly from another body. */
    int depth;
    /** True when the thread's own run() (a Thread subclass) entered the schedule, rather than a ManagedTask. */
    boolean bodyOwner;
    /** Depth of JDK calls running learner callbacks; no switching while positive. */
    int atomic;
    /** LockSupport's permit: unpark() makes it available, park() takes it. */
    boolean permit;
    /** Steps taken in a row without another thread running: a spinning thread must let others in. */
    int streak;
    /** Decisions in a row at which this thread could run and another was chosen (see Scheduler's fairness). */
    int passedOver;
    /** How deep this thread is in learner static initializers (see Sched.enterInitializer). */
    int initializers;
    /** A daemon thread: it does not keep the program alive (the JVM exits when only daemons are left). */
    final boolean daemon;

    Slot(int id, Thread handle, Thread thread) {
        this.id = id;
        this.handle = handle;
        this.thread = thread;
        this.baton = new Baton(thread);
        this.daemon = id != 0 && SchedThreadStates.daemon(handle);
    }

    String name() {
        return id == 0 ? "main" : "T" + id;
    }

    boolean finished() {
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

    boolean runnable(Scheduler s) {
        return !finished && (wait == null || wait.satisfied(s) || interruptible() && interrupted());
    }

    /** The thread's interrupt flag, also while the baton keeps it aside (see {@link Baton#take()}). */
    boolean interrupted() {
        return thread.isInterrupted() || baton.interruptPending();
    }

    /** Sleeping, joining and waiting end early when the thread is interrupted; taking a lock does not. */
    private boolean interruptible() {
        return wait instanceof Wait.Sleeping || wait instanceof Wait.ForThread || wait instanceof Wait.ForSignal
                || wait instanceof Wait.Until
                || wait instanceof Wait.ForCount || wait instanceof Wait.Parked;
    }

    @Override
    public String toString() {
        return name();
    }
}
