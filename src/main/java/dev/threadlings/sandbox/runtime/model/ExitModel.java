package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.ExitCalled;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;

/**
 * System.exit and Runtime.exit in learner code: the program ends (the explorer reports the status) instead of the
 * explorer VM. Public because learner classes live in another class loader.
 */
public final class ExitModel {
    private ExitModel() {}

    public static void exit(int status, String loc) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().note(self, "System.exit(" + status + ")", loc);
        }
        throw new ExitCalled(status);
    }

    public static void exitRuntime(Runtime runtime, int status, String loc) {
        exit(status, loc);
    }
}
