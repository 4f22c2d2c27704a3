package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;

/**
 * What learner code asks a primitive whose state the sandbox keeps in its own shadow (monitors, locks, read/write
 * locks, barriers): the real JDK object is never taken under the scheduler, so its answer is frozen at "free,
 * nobody waiting" — a spin on it would "hang" and an assertion on it would fail in code a JVM runs fine. A query
 * the shadow can answer is answered from it; any other is "not modelled", never a wrong answer.
 */
public final class StateQueryModel {
    private StateQueryModel() {}

    /** Thread.holdsLock: the monitor model's owner, as the thread sees it. */
    public static boolean holdsLock(Object o) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return Thread.holdsLock(o);
        }
        return RunningSchedule.scheduler().locks().ownerOf(java.util.Objects.requireNonNull(o)) == self;
    }

    /** A query of a shadowed primitive that the model cannot answer: the check stops as not done. */
    public static void notModelled(String call, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return; // not under the scheduler: the real object is the one in use, and its answer is right
        }
        Scheduler s = RunningSchedule.scheduler();
        s.note(self, call, loc);
        s.fail(new Finding.NotModelled(call, loc, Finding.NotModelled.Advice.ASK_A_MODELLED_PRIMITIVE));
        throw new SandboxAbort();
    }
}
