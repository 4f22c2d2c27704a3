package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.explore.Failures;

/**
 * Wraps the body of every thread the learner starts: wait for the first turn, run, report an uncaught throwable
 * as the schedule's failure, and hand the baton on at the end.
 */
public final class ManagedTask implements Runnable {
    private final Runnable body;

    public ManagedTask(Runnable body) {
        this.body = body;
    }

    @Override
    public void run() {
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread slot = s == null ? null : s.slotOf(Thread.currentThread());
        if (slot == null || slot.entered) {
            body.run(); // not managed, or already inside a managed body (run() called directly)
            return;
        }
        runManaged(s, slot, body);
    }

    public static void runManaged(Scheduler s, ManagedThread slot, Runnable body) {
        try {
            s.enter(slot);
            body.run();
        } catch (SandboxAbort a) {
            // the schedule already ended elsewhere
        } catch (Throwable t) {
            Throwable left = UncaughtExceptions.dispatch(slot, t); // the learner's handler runs first, on this thread
            if (left != null && !(left instanceof SandboxAbort)) {
                s.fail(Failures.uncaught(slot, left));
            }
        } finally {
            s.exit(slot);
        }
    }
}
