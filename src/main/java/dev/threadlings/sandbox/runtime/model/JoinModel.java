package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.time.Duration;

/**
 * Thread.join in learner code: the joiner waits in the scheduler until the thread's end (or its virtual deadline),
 * and seeing the end orders everything the thread did before what the joiner does next. In a static initializer a
 * join on a thread that has not ended cannot be modelled (the initializer holds the JVM's init lock).
 */
public final class JoinModel {
    private JoinModel() {}

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
        ManagedThread self = RunningSchedule.slot();
        ManagedThread target = self == null ? null : RunningSchedule.scheduler().slotOf(t);
        if (target == null) {
            t.join(millis);
            return;
        }
        if (!target.finished) {
            Scheduler s = RunningSchedule.scheduler();
            s.note(self, Phrase.JOIN_IN_INITIALIZER.with(target.label()), loc);
            s.fail(new Finding.NotModelled("Thread.join", loc, Finding.NotModelled.Advice.START_FROM_MAIN));
            throw new SandboxAbort();
        }
        RunningSchedule.scheduler().joined(self, target); // it ended already: join returns, and orders what it did
    }

    public static void join(Thread t, String loc) throws InterruptedException {
        joinTimed(t, 0, loc);
    }

    public static void joinTimed(Thread t, long millis, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread target = self == null ? null : s.slotOf(t);
        if (target == null) {
            t.join(millis);
            return;
        }
        s.point(self, "join " + target.label(), loc);
        s.block(self, new Wait.ForThread(target, millis > 0 ? s.deadlineIn(millis) : Long.MAX_VALUE));
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        if (target.finished) {
            s.joined(self, target);
            target.thread.join(); // the thread has left learner code; let it leave the JDK's too
        }
    }

    public static boolean joinDuration(Thread t, Duration d, String loc) throws InterruptedException {
        joinTimed(t, Math.max(1, d.toMillis()), loc);
        return !ThreadStateModel.isAlive(t);
    }

    /** Every one of these pool workers has ended (or was never managed). */
    static boolean allEnded(java.util.Collection<Thread> workers) {
        return workers.stream().allMatch(w -> {
            ManagedThread slot = RunningSchedule.slotOf(w);
            return slot == null || slot.finished;
        });
    }
}
