package dev.threadlings.sandbox.runtime;

/**
 * A learner thread's life in the model: its start (in a method body or a static initializer), the body its managed
 * thread runs, and Thread.yield; joins ({@link SchedJoins}), sleeps ({@link SchedSleeps}), interrupts
 * ({@link SchedInterrupts}) and what learner code asks of a thread ({@link SchedThreadStates}) have their own.
 */
public final class SchedThreads {
    private SchedThreads() {}

    /** Wraps a Runnable given to a Thread constructor or builder so the new thread waits for its turn. */
    public static Runnable wrap(Runnable r) {
        return r == null || r instanceof ManagedTask ? r : new ManagedTask(r);
    }

    /**
     * Starts a learner thread. The Thread object the learner holds is never started: a virtual thread of the same
     * name runs its run() instead (creating an OS thread costs hundreds of microseconds here, a virtual one about
     * one), and the calls through which learner code could tell the difference — currentThread, isAlive,
     * getState, isInterrupted, interrupt, join — answer for the learner's object.
     */
    public static void start(Thread t, String loc) {
        Slot self = Sched.slot();
        if (self == null) {
            refuseReset();
            t.start();
            return;
        }
        Scheduler s = Sched.scheduler;
        launch(s, self, t, loc);
        // inside a static initializer (a pool's worker started by a task given to it there) there is no point, as
        // in startInInitializer; a depth kept by the initializers themselves, since walking the stack at every start
        // cost a third of the explorer's throughput (bench-sandbox)
        if (self.initializers == 0) {
            s.point(self, null, loc); // the new thread may run first
        }
    }

    /**
     * Unmanaged code that makes threads or pools while the explorer re-runs static initializers: such state cannot
     * be made again between schedules (the pool would be the JDK's, its threads unmanaged), so the re-run gives up
     * and the classes are defined afresh, their initializers then running inside the schedule.
     */
    static void refuseReset() {
        if (resetting) {
            throw new ThreadInInitializer();
        }
    }

    /**
     * Thread.start() in a static initializer. On a managed thread the new thread is managed like any other, but
     * the initializer goes on without a scheduling point (a thread parked there would hold the JVM's init lock), so
     * the new thread runs from the starter's next point on — a JVM may be that slow to start it. The explorer
     * re-runs static initializers between schedules outside any schedule ({@link #resetting}); a thread cannot be
     * managed there, so that re-run gives up ({@link ThreadInInitializer}) and the classes are defined afresh.
     */
    public static void startInInitializer(Thread t, String loc) {
        Slot self = Sched.slot();
        if (self == null) {
            if (resetting) {
                throw new ThreadInInitializer();
            }
            t.start();
            return;
        }
        launch(Sched.scheduler, self, t, loc);
    }

    /** True while the explorer re-runs static initializers between schedules (on its own, unmanaged thread). */
    static volatile boolean resetting;

    /** Why re-running the static initializers failed: one of them starts a thread. */
    static final class ThreadInInitializer extends RuntimeException {
        ThreadInInitializer() {
            super("a static initializer starts a thread or makes a pool", null, false, false);
        }
    }

    /** Registers and starts a managed thread for {@code t}, and records the start. */
    private static void launch(Scheduler s, Slot self, Thread t, String loc) {
        if (s.slotOf(t) != null) {
            throw new IllegalThreadStateException("the thread was started already");
        }
        Slot child;
        if (t.isVirtual()) {
            // already cheap to start, and its task cannot be run through run() from another thread
            child = s.register(t, t);
            t.start();
        } else {
            Thread runner = Thread.ofVirtual().name(t.getName()).unstarted(() -> {
                Slot mine = s.slotOf(Thread.currentThread());
                ManagedTask.runManaged(s, mine, t::run);
            });
            child = s.register(t, runner);
            runner.start();
        }
        if (s.detector != null) {
            s.detector.fork(self.id, child.id);
        }
        s.note(self, "start " + label(child), loc);
    }

    public static Thread builderStart(Thread.Builder builder, Runnable task, String loc) {
        Thread t = builder.unstarted(wrap(task));
        start(t, loc);
        return t;
    }

    public static Thread builderUnstarted(Thread.Builder builder, Runnable task) {
        return builder.unstarted(wrap(task));
    }

    public static Thread startVirtual(Runnable task, String loc) {
        return builderStart(Thread.ofVirtual(), task, loc);
    }

    /** Called at the top of run() in a learner class that extends Thread. */
    public static boolean enterBody() {
        Scheduler s = Sched.scheduler;
        Slot slot = s == null ? null : s.slotOf(Thread.currentThread());
        if (slot == null) {
            return false;
        }
        if (!slot.entered) {
            s.enter(slot);
            slot.bodyOwner = true;
        }
        slot.depth++;
        return true;
    }

    /** Called when that run() ends; {@code failure} is what escaped it, or null. Only the outermost run() counts. */
    public static void exitBody(boolean unused, Throwable failure) {
        Scheduler s = Sched.scheduler;
        Slot slot = s == null ? null : s.slotOf(Thread.currentThread());
        if (slot == null || slot.depth == 0 || --slot.depth > 0 || !slot.bodyOwner) {
            return;
        }
        Throwable left = failure == null || failure instanceof SandboxAbort ? null
                : SchedUncaught.dispatch(slot, failure);
        if (left != null && !(left instanceof SandboxAbort)) {
            s.fail(Failures.uncaught(slot, left));
        }
        s.exit(slot);
    }

    public static void yieldNow(String loc) {
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.yieldPoint(self, "yield", loc);
        }
    }

    /** A thread's name for traces: T1, plus the learner's name for it when it gave one. */
    static String label(Slot slot) {
        return label(slot.name(), slot.handle.getName());
    }

    /** {@code T1 "worker"}; just {@code T1} when the thread has no name of its own. */
    static String label(String slot, String name) {
        return name.startsWith("Thread-") || name.isEmpty() || name.equals(slot) ? slot : slot + " \"" + name + "\"";
    }
}
