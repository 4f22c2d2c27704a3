package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.UncaughtExceptions;

/**
 * The default uncaught-exception handler in learner code: kept per schedule ({@link UncaughtExceptions}), so one
 * schedule's setting never leaks into the next, nor into the explorer VM.
 */
public final class UncaughtHandlerModel {
    private UncaughtHandlerModel() {}

    public static void setDefaultUncaughtExceptionHandler(Thread.UncaughtExceptionHandler h) {
        if (RunningSchedule.slot() == null) {
            Thread.setDefaultUncaughtExceptionHandler(h);
        } else {
            UncaughtExceptions.defaultHandler().set(h);
        }
    }

    public static Thread.UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return RunningSchedule.slot() == null ? Thread.getDefaultUncaughtExceptionHandler()
                : UncaughtExceptions.defaultHandler().get();
    }
}
