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

    Slot(int id, Thread handle, Thread thread) {
        this.id = id;
        this.handle = handle;
        this.thread = thread;
        this.baton = new Baton(thread);
    }

    String name() {
        return id == 0 ? "main" : "T" + id;
    }

    boolean finished() {
        return finished;
    }

    /** Finished, or an idle pool worker: nothing the program still waits for. */
    boolean done() {
        return finished || wait instanceof Wait.IdleWorker;
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
