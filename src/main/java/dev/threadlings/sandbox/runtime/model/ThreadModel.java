package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.UncaughtExceptions;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.explore.Failures;
import dev.threadlings.sandbox.runtime.schedule.ManagedTask;
import dev.threadlings.sandbox.runtime.schedule.ClassInitializations;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;

/**
 * A learner thread's life in the model: its start (in a method body or a static initializer), the body its managed
 * thread runs, and Thread.yield; joins ({@link JoinModel}), sleeps ({@link SleepModel}), interrupts
 * ({@link InterruptModel}) and what learner code asks of a thread ({@link ThreadStateModel}) have their own.
 */
public final class ThreadModel {
    private ThreadModel() {}

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
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            refuseReset();
            t.start();
            return;
        }
        Scheduler s = RunningSchedule.scheduler();
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
        if (ClassInitializations.rerunning()) {
            throw new ThreadInInitializer();
        }
    }

    /**
     * Thread.start() in a static initializer. On a managed thread the new thread is managed like any other, but
     * the initializer goes on without a scheduling point (a thread parked there would hold the JVM's init lock), so
     * the new thread runs from the starter's next point on — a JVM may be that slow to start it. The explorer
     * re-runs static initializers between schedules outside any schedule ({@link ClassInitializations#rerunning}); a thread cannot be
     * managed there, so that re-run gives up ({@link ThreadInInitializer}) and the classes are defined afresh.
     */
    public static void startInInitializer(Thread t, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            if (ClassInitializations.rerunning()) {
                throw new ThreadInInitializer();
            }
            t.start();
            return;
        }
        launch(RunningSchedule.scheduler(), self, t, loc);
    }

    /** Why re-running the static initializers failed: one of them starts a thread. */
    static final class ThreadInInitializer extends RuntimeException {
        ThreadInInitializer() {
            super("a static initializer starts a thread or makes a pool", null, false, false);
        }
    }

    /** Registers and starts a managed thread for {@code t}, and records the start. */
    private static void launch(Scheduler s, ManagedThread self, Thread t, String loc) {
        if (s.slotOf(t) != null) {
            throw new IllegalThreadStateException("the thread was started already");
        }
        ManagedThread child;
        if (t.isVirtual()) {
            // already cheap to start, and its task cannot be run through run() from another thread
            child = s.register(t, t);
            t.start();
        } else {
            Thread runner = Thread.ofVirtual().name(t.getName()).unstarted(() -> {
                ManagedThread mine = s.slotOf(Thread.currentThread());
                ManagedTask.runManaged(s, mine, t::run);
            });
            child = s.register(t, runner);
            runner.start();
        }
        if (s.detector != null) {
            s.detector.fork(self.id, child.id);
        }
        s.note(self, "start " + child.label(), loc);
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
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread slot = s == null ? null : s.slotOf(Thread.currentThread());
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
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread slot = s == null ? null : s.slotOf(Thread.currentThread());
        if (slot == null || slot.depth == 0 || --slot.depth > 0 || !slot.bodyOwner) {
            return;
        }
        Throwable left = failure == null || failure instanceof SandboxAbort ? null
                : UncaughtExceptions.dispatch(slot, failure);
        if (left != null && !(left instanceof SandboxAbort)) {
            s.fail(Failures.uncaught(slot, left));
        }
        s.exit(slot);
    }

    public static void yieldNow(String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().yieldPoint(self, "yield", loc);
        }
    }
}
