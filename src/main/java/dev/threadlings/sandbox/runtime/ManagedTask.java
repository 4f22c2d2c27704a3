package dev.threadlings.sandbox.runtime;

/**
 * Wraps the body of every thread the learner starts: wait for the first turn, run, report an uncaught throwable
 * as the schedule's failure, and hand the baton on at the end.
 */
final class ManagedTask implements Runnable {
    private final Runnable body;

    ManagedTask(Runnable body) {
        this.body = body;
    }

    @Override
    public void run() {
        Scheduler s = Sched.scheduler;
        Slot slot = s == null ? null : s.slotOf(Thread.currentThread());
        if (slot == null || slot.entered) {
            body.run(); // not managed, or already inside a managed body (run() called directly)
            return;
        }
        runManaged(s, slot, body);
    }

    static void runManaged(Scheduler s, Slot slot, Runnable body) {
        try {
            s.enter(slot);
            body.run();
        } catch (SandboxAbort a) {
            // the schedule already ended elsewhere
        } catch (Throwable t) {
            Throwable left = SchedUncaught.dispatch(slot, t); // the learner's handler runs first, on this thread
            if (left != null && !(left instanceof SandboxAbort)) {
                s.fail(Failures.uncaught(slot, left));
            }
        } finally {
            s.exit(slot);
        }
    }
}
