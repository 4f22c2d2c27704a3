package dev.threadlings.sandbox.runtime.schedule;

/**
 * The schedule that runs now, for the stand-ins learner code calls (they are static: learner classes know no
 * scheduler). A schedule's models keep their state in its {@link Scheduler} ({@link ScheduleLocal}), so installing
 * a new one starts every model from none.
 */
public final class RunningSchedule {
    private static volatile Scheduler scheduler;

    private RunningSchedule() {}

    public static void install(Scheduler s) {
        scheduler = s;
    }

    /** The running scheduler, or null between schedules. */
    public static Scheduler scheduler() {
        return scheduler;
    }

    /** The slot of a thread learner code holds (or of a running thread), or null without a schedule. */
    public static ManagedThread slotOf(Thread t) {
        Scheduler s = scheduler;
        return s == null ? null : s.slotOf(t);
    }

    /** The calling thread's slot when it runs under a schedule. */
    public static ManagedThread slot() {
        Scheduler s = scheduler;
        if (s == null) {
            return null;
        }
        ManagedThread self = s.self();
        if (self == null) {
            s.foreign++; // learner code on a thread outside the schedule: it may change what a spin reads
        }
        return self;
    }
}
