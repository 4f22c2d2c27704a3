package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;

/**
 * Interrupts in learner code: interrupt() sets the flag of the thread that really runs the learner's Thread (and
 * wakes it from a modelled wait, which then throws), and happens before whoever sees the flag set.
 */
public final class InterruptModel {
    private InterruptModel() {}

    public static boolean isInterrupted(Thread t) {
        ManagedThread slot = RunningSchedule.slotOf(t);
        if (slot == null) {
            return t.isInterrupted();
        }
        boolean interrupted = slot.interrupted();
        ManagedThread self = RunningSchedule.slot();
        if (interrupted && self != null) {
            RunningSchedule.scheduler().acquired(self, slot.handle); // interrupt() happens before seeing the flag set
        }
        return interrupted;
    }

    /**
     * Thread.interrupted(): it reads and clears the flag that another thread's interrupt() sets, so an interrupt may
     * land just before it (a point first: without it the read ran glued to the step before, and a loop that tests it
     * after checking isInterrupted() never lost its interrupt here); seeing the flag set happens after interrupt().
     */
    public static boolean interrupted(String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return Thread.interrupted();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc, true); // pure: the flag is part of the state a spin is proved by
        boolean was = Thread.interrupted();
        if (was) {
            s.acquired(self, self.handle);
        }
        if (s.tracing) {
            s.note(self, "Thread.interrupted() → " + was, loc);
        }
        return was;
    }

    public static void interrupt(Thread t, String loc) {
        ManagedThread self = RunningSchedule.slot();
        ManagedThread managed = RunningSchedule.scheduler() == null ? null : RunningSchedule.scheduler().slotOf(t);
        if (self != null && managed != null) {
            RunningSchedule.scheduler().released(self, t);
        }
        (managed == null ? t : managed.thread).interrupt();
        if (self != null) {
            ManagedThread target = RunningSchedule.scheduler().slotOf(t);
            RunningSchedule.scheduler().point(self, "interrupt " + (target == null ? t.getName() : target.label()), loc);
        }
    }

    /** Interrupts the threads that run these pool workers (the learner-visible Thread objects never run). */
    static void interruptRunners(java.util.Collection<Thread> workers) {
        for (Thread w : workers) {
            ManagedThread slot = RunningSchedule.slotOf(w);
            (slot == null ? w : slot.thread).interrupt();
        }
    }
}
