package dev.threadlings.sandbox.runtime;

import java.time.Duration;
import java.util.List;

/** Thread operations in learner code: start, join, sleep, yield, interrupt, and the bodies of new threads. */
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

    /**
     * Thread.join() in a static initializer, on a thread the schedule manages that has not ended: waiting there
     * would park the initializing thread inside the JVM's class initialization, where no other thread of the
     * schedule can run (and a thread that touches the class would wait for the initializer on a real JVM too). The
     * schedule stops as "could not check" rather than guess.
     */
    public static void joinInInitializer(Thread t, String loc) throws InterruptedException {
        joinTimedInInitializer(t, 0, loc);
    }

    public static void joinTimedInInitializer(Thread t, long millis, String loc) throws InterruptedException {
        Slot self = Sched.slot();
        Slot target = self == null ? null : Sched.scheduler.slotOf(t);
        if (target == null) {
            t.join(millis);
            return;
        }
        if (!target.finished) {
            Scheduler s = Sched.scheduler;
            s.note(self, "join " + label(target) + " in a static initializer", loc);
            s.fail(new Failure(FailureKind.STUCK, "Thread.join in a static initializer is not modelled, so the sandbox "
                    + "cannot check this program", List.of("at " + loc + ": a thread the initializer waits for "
                    + "may not touch the class being initialized (the JVM would make it wait for the "
                    + "initializer: a deadlock); start it from main instead")));
            throw new SandboxAbort();
        }
        Sched.scheduler.joined(self, target); // it ended already: join returns, and orders what it did
    }

    /**
     * Threads learner code made daemons. Their own isDaemon() cannot tell: the sandbox runs learner code on
     * virtual threads, which are daemons, and a platform thread made there inherits that.
     */
    private static final java.util.Set<Thread> DAEMONS = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    public static void setDaemon(Thread t, boolean on) {
        t.setDaemon(on);
        if (on) {
            DAEMONS.add(t);
        } else {
            DAEMONS.remove(t);
        }
    }

    /**
     * Made a daemon by learner code. Virtual threads are daemons to the JVM too, but checks rely on the schedule
     * running them to their end, so they are not counted here (a blocked one still makes a deadlock).
     */
    static boolean daemon(Thread handle) {
        return DAEMONS.contains(handle);
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

    /** Thread.currentThread() in learner code: the learner's own Thread object. */
    public static Thread currentThread() {
        Slot self = Sched.slot();
        return self == null ? Thread.currentThread() : self.handle;
    }

    public static boolean isAlive(Thread t) {
        Slot slot = Sched.slotOf(t);
        if (slot == null) {
            return t.isAlive();
        }
        if (slot.finished) {
            seenEnd(slot);
        }
        return !slot.finished;
    }

    /** Seeing a thread's end (isAlive() false, TERMINATED) orders its whole run before what comes next. */
    private static void seenEnd(Slot ended) {
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.joined(self, ended);
        }
    }

    public static Thread.State state(Thread t) {
        Slot slot = Sched.slotOf(t);
        if (slot == null) {
            return t.getState();
        }
        if (slot.finished) {
            seenEnd(slot);
            return Thread.State.TERMINATED;
        }
        return switch (slot.wait) {
            case null -> Thread.State.RUNNABLE;
            case Wait.ForLock l -> Thread.State.BLOCKED;
            case Wait.Sleeping sl -> Thread.State.TIMED_WAITING;
            case Wait.Parked p when p.deadline != Long.MAX_VALUE -> Thread.State.TIMED_WAITING;
            default -> Thread.State.WAITING;
        };
    }

    public static boolean isInterrupted(Thread t) {
        Slot slot = Sched.slotOf(t);
        if (slot == null) {
            return t.isInterrupted();
        }
        boolean interrupted = slot.interrupted();
        Slot self = Sched.slot();
        if (interrupted && self != null) {
            Sched.scheduler.acquired(self, slot.handle); // interrupt() happens before seeing the flag set
        }
        return interrupted;
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

    public static void join(Thread t, String loc) throws InterruptedException {
        joinTimed(t, 0, loc);
    }

    public static void joinTimed(Thread t, long millis, String loc) throws InterruptedException {
        Slot self = Sched.slot();
        Scheduler s = Sched.scheduler;
        Slot target = self == null ? null : s.slotOf(t);
        if (target == null) {
            t.join(millis);
            return;
        }
        s.point(self, "join " + label(target), loc);
        s.block(self, new Wait.ForThread(target, millis > 0 ? s.virtualTime() + millis : Long.MAX_VALUE));
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (target.finished) {
            s.joined(self, target);
            target.thread.join(); // the thread has left learner code; let it leave the JDK's too
        }
    }

    public static boolean joinDuration(Thread t, Duration d, String loc) throws InterruptedException {
        joinTimed(t, Math.max(1, d.toMillis()), loc);
        return !isAlive(t);
    }

    public static void sleep(long millis, String loc) throws InterruptedException {
        Slot self = Sched.slot();
        if (self == null) {
            Thread.sleep(millis);
            return;
        }
        Scheduler s = Sched.scheduler;
        if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
        s.point(self, "sleep " + millis + " ms", loc);
        s.block(self, new Wait.Sleeping(s.virtualTime() + Math.max(millis, 0)));
        if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
    }

    public static void sleepDuration(Duration d, String loc) throws InterruptedException {
        sleep(d.toMillis(), loc);
    }

    public static void yieldNow(String loc) {
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.yieldPoint(self, "yield", loc);
        }
    }

    public static void interrupt(Thread t, String loc) {
        Slot self = Sched.slot();
        Slot managed = Sched.scheduler == null ? null : Sched.scheduler.slotOf(t);
        if (self != null && managed != null) {
            Sched.scheduler.released(self, t);
        }
        (managed == null ? t : managed.thread).interrupt();
        if (self != null) {
            Slot target = Sched.scheduler.slotOf(t);
            Sched.scheduler.point(self, "interrupt " + (target == null ? t.getName() : label(target)), loc);
        }
    }

    /** Interrupts the threads that run these pool workers (the learner-visible Thread objects never run). */
    static void interruptRunners(java.util.Collection<Thread> workers) {
        for (Thread w : workers) {
            Slot slot = Sched.slotOf(w);
            (slot == null ? w : slot.thread).interrupt();
        }
    }

    /** Every one of these pool workers has ended (or was never managed). */
    static boolean allEnded(java.util.Collection<Thread> workers) {
        return workers.stream().allMatch(w -> {
            Slot slot = Sched.slotOf(w);
            return slot == null || slot.finished;
        });
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
