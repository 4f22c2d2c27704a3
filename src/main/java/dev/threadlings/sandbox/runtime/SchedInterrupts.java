package dev.threadlings.sandbox.runtime;

/**
 * Interrupts in learner code: interrupt() sets the flag of the thread that really runs the learner's Thread (and
 * wakes it from a modelled wait, which then throws), and happens before whoever sees the flag set.
 */
public final class SchedInterrupts {
    private SchedInterrupts() {}

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

    public static void interrupt(Thread t, String loc) {
        Slot self = Sched.slot();
        Slot managed = Sched.scheduler == null ? null : Sched.scheduler.slotOf(t);
        if (self != null && managed != null) {
            Sched.scheduler.released(self, t);
        }
        (managed == null ? t : managed.thread).interrupt();
        if (self != null) {
            Slot target = Sched.scheduler.slotOf(t);
            Sched.scheduler.point(self, "interrupt " + (target == null ? t.getName() : SchedThreads.label(target)), loc);
        }
    }

    /** Interrupts the threads that run these pool workers (the learner-visible Thread objects never run). */
    static void interruptRunners(java.util.Collection<Thread> workers) {
        for (Thread w : workers) {
            Slot slot = Sched.slotOf(w);
            (slot == null ? w : slot.thread).interrupt();
        }
    }
}
