package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import java.lang.reflect.Field;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Interrupts in learner code: interrupt() sets the flag of the thread that really runs the learner's Thread (and
 * wakes it from a modelled wait, which then throws), and happens before whoever sees the flag set.
 */
public final class InterruptModel {
    /** FutureTask's thread that runs it, which cancel(true) interrupts. */
    private static final Field RUNNER = runnerField();

    private InterruptModel() {}

    /**
     * t.isInterrupted(): a point first, like {@link #interrupted}, so an interrupt may land just before the check (a
     * loop {@code while (!isInterrupted()) n++;} has no other point); seeing the flag set happens after interrupt().
     */
    public static boolean isInterrupted(Thread t, String loc) {
        ManagedThread slot = RunningSchedule.slotOf(t);
        ManagedThread self = RunningSchedule.slot();
        if (slot == null || self == null) {
            return t.isInterrupted();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, null, loc, true); // pure: the flag is part of the state a spin is proved by
        boolean interrupted = slot.interrupted();
        if (interrupted) {
            s.acquired(self, slot.handle); // interrupt() happens before seeing the flag set
        }
        if (s.tracing) {
            s.note(self, slot.label() + ".isInterrupted() → " + interrupted, loc);
        }
        return interrupted;
    }

    /**
     * Thread.interrupted() inside a model: where the thread determines that it was interrupted (an
     * InterruptedException about to be thrown, a flag cleared or carried over), which the interrupt synchronizes-with
     * (JLS 17.4.4) — also when it was set before the wait began and no wait ended on it.
     */
    static boolean seen() {
        boolean was = Thread.interrupted();
        ManagedThread self = RunningSchedule.slot();
        if (was && self != null) {
            RunningSchedule.scheduler().acquired(self, self.handle);
        }
        return was;
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

    /**
     * future.cancel(true): a FutureTask interrupts the thread that runs it from inside the JDK, where no
     * {@link #interrupt} sees it; what the canceller did is released into that thread as interrupt() would, so the
     * task that learns of the interrupt sees it (a point first: the cancel races with the task's end).
     */
    public static boolean cancel(Future<?> future, boolean mayInterrupt, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            Scheduler s = RunningSchedule.scheduler();
            s.point(self, null, loc);
            ManagedThread runner = mayInterrupt && future instanceof FutureTask<?> task ? runnerOf(task) : null;
            if (runner != null) {
                s.released(self, runner.handle);
            }
        }
        return future.cancel(mayInterrupt);
    }

    private static ManagedThread runnerOf(FutureTask<?> task) {
        try {
            if (RUNNER != null && RUNNER.get(task) instanceof Thread t) {
                return RunningSchedule.slotOf(t);
            }
        } catch (IllegalAccessException e) {
            // no runner known: no edge, as for a task not started
        }
        return null;
    }

    private static Field runnerField() {
        try {
            Field f = FutureTask.class.getDeclaredField("runner");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.util.concurrent not opened: cancel(true) then gives no edge
        }
    }

    /** Interrupts the threads that run these pool workers (the learner-visible Thread objects never run). */
    static void interruptRunners(java.util.Collection<Thread> workers) {
        ManagedThread self = RunningSchedule.slot();
        for (Thread w : workers) {
            ManagedThread slot = RunningSchedule.slotOf(w);
            if (self != null && slot != null) {
                RunningSchedule.scheduler().released(self, slot.handle); // as interrupt(): seen where the task sees it
            }
            (slot == null ? w : slot.thread).interrupt();
        }
    }
}
