package dev.threadlings.sandbox.runtime;

/**
 * System.exit and Runtime.exit in learner code: the program ends (the explorer reports the status) instead of the
 * explorer VM. Public because learner classes live in another class loader.
 */
public final class SchedExit {
    private SchedExit() {}

    public static void exit(int status, String loc) {
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.note(self, "System.exit(" + status + ")", loc);
        }
        throw new ExitCalled(status);
    }

    public static void exitRuntime(Runtime runtime, int status, String loc) {
        exit(status, loc);
    }
}
