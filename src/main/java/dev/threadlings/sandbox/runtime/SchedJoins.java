package dev.threadlings.sandbox.runtime;

import java.time.Duration;

/**
 * Thread.join in learner code: the joiner waits in the scheduler until the thread's end (or its virtual deadline),
 * and seeing the end orders everything the thread did before what the joiner does next. In a static initializer a
 * join on a thread that has not ended cannot be modelled (the initializer holds the JVM's init lock).
 */
public final class SchedJoins {
    private SchedJoins() {}

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
            s.note(self, Phrase.JOIN_IN_INITIALIZER.with(SchedThreads.label(target)), loc);
            s.fail(new Finding.NotModelled("Thread.join", loc, Finding.NotModelled.Advice.START_FROM_MAIN));
            throw new SandboxAbort();
        }
        Sched.scheduler.joined(self, target); // it ended already: join returns, and orders what it did
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
        s.point(self, "join " + SchedThreads.label(target), loc);
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
        return !SchedThreadStates.isAlive(t);
    }

    /** Every one of these pool workers has ended (or was never managed). */
    static boolean allEnded(java.util.Collection<Thread> workers) {
        return workers.stream().allMatch(w -> {
            Slot slot = Sched.slotOf(w);
            return slot == null || slot.finished;
        });
    }
}
