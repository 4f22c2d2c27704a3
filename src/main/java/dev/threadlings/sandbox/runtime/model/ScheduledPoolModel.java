package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * Executors' scheduled pools in learner code: while a schedule runs, a {@link ManagedScheduledPool} pool on virtual time
 * with managed workers; outside one, the JDK's.
 */
public final class ScheduledPoolModel {
    private ScheduledPoolModel() {}

    private static boolean managed() {
        if (RunningSchedule.slot() == null) {
            ThreadModel.refuseReset(); // a pool in a static field: made afresh inside each schedule
            return false;
        }
        return true;
    }

    public static ScheduledExecutorService pool(int core) {
        if (core < 0) {
            throw new IllegalArgumentException();
        }
        return managed() ? new ManagedScheduledPool(core, Thread.ofPlatform().factory(), false)
                : Executors.newScheduledThreadPool(core);
    }

    public static ScheduledExecutorService poolWith(int core, ThreadFactory factory) {
        if (core < 0) {
            throw new IllegalArgumentException();
        }
        return managed() ? new ManagedScheduledPool(core, factory, false) : Executors.newScheduledThreadPool(core, factory);
    }

    public static ScheduledExecutorService single() {
        return managed() ? new ManagedScheduledPool(1, Thread.ofPlatform().factory(), true)
                : Executors.newSingleThreadScheduledExecutor();
    }

    public static ScheduledExecutorService singleWith(ThreadFactory factory) {
        return managed() ? new ManagedScheduledPool(1, factory, true) : Executors.newSingleThreadScheduledExecutor(factory);
    }
}
