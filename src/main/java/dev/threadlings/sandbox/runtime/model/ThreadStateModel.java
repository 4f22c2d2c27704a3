package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.Daemons;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Wait;

/**
 * What learner code asks of a thread — currentThread, isAlive, getState, setDaemon — answered for the learner's
 * Thread object (never started: a managed virtual thread runs its run()) from the schedule's model of it.
 */
public final class ThreadStateModel {
    private ThreadStateModel() {}

    public static void setDaemon(Thread t, boolean on) {
        t.setDaemon(on);
        Daemons.mark(t, on);
    }

    /** Thread.currentThread() in learner code: the learner's own Thread object. */
    public static Thread currentThread() {
        ManagedThread self = RunningSchedule.slot();
        return self == null ? Thread.currentThread() : self.handle;
    }

    public static boolean isAlive(Thread t) {
        ManagedThread slot = RunningSchedule.slotOf(t);
        if (slot == null) {
            return t.isAlive();
        }
        if (slot.finished) {
            seenEnd(slot);
        }
        return !slot.finished;
    }

    /** Seeing a thread's end (isAlive() false, TERMINATED) orders its whole run before what comes next. */
    private static void seenEnd(ManagedThread ended) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().joined(self, ended);
        }
    }

    public static Thread.State state(Thread t) {
        ManagedThread slot = RunningSchedule.slotOf(t);
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
}
