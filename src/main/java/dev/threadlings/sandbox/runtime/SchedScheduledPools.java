package dev.threadlings.sandbox.runtime;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * Executors' scheduled pools in learner code: while a schedule runs, a {@link SchedScheduled} pool on virtual time
 * with managed workers; outside one, the JDK's.
 */
public final class SchedScheduledPools {
    private SchedScheduledPools() {}

    private static boolean managed() {
        if (Sched.slot() == null) {
            SchedThreads.refuseReset(); // a pool in a static field: made afresh inside each schedule
            return false;
        }
        return true;
    }

    public static ScheduledExecutorService pool(int core) {
        if (core < 0) {
            throw new IllegalArgumentException();
        }
        return managed() ? new SchedScheduled(core, Thread.ofPlatform().factory())
                : Executors.newScheduledThreadPool(core);
    }

    public static ScheduledExecutorService poolWith(int core, ThreadFactory factory) {
        if (core < 0) {
            throw new IllegalArgumentException();
        }
        return managed() ? new SchedScheduled(core, factory) : Executors.newScheduledThreadPool(core, factory);
    }

    public static ScheduledExecutorService single() {
        return managed() ? new SchedScheduled(1, Thread.ofPlatform().factory())
                : Executors.newSingleThreadScheduledExecutor();
    }

    public static ScheduledExecutorService singleWith(ThreadFactory factory) {
        return managed() ? new SchedScheduled(1, factory) : Executors.newSingleThreadScheduledExecutor(factory);
    }
}
