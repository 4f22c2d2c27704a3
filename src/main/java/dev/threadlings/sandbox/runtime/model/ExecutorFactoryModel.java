package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The Executors factories that take a ThreadFactory or a parallelism (the plain ones are in {@link ExecutorModel}): the
 * pool is a {@link ManagedExecutor} whose workers come from the learner's factory, so their names and the threads
 * CompletableFuture stages run on are the ones the learner asked for.
 */
public final class ExecutorFactoryModel {
    private static final int MANY = Integer.MAX_VALUE;

    private ExecutorFactoryModel() {}

    private static boolean managed() {
        if (RunningSchedule.slot() == null) {
            ThreadModel.refuseReset(); // a pool in a static field: made afresh inside each schedule
            return false;
        }
        return true;
    }

    public static ExecutorService fixed(int n, ThreadFactory factory) {
        if (n <= 0 || factory == null) {
            return Executors.newFixedThreadPool(n, factory); // the JDK's own argument errors
        }
        return managed() ? new ManagedExecutor(n, factory) : Executors.newFixedThreadPool(n, factory);
    }

    public static ExecutorService cached(ThreadFactory factory) {
        return managed() && factory != null ? new ManagedExecutor(MANY, factory)
                : Executors.newCachedThreadPool(factory);
    }

    public static ExecutorService single(ThreadFactory factory) {
        return managed() && factory != null ? new ManagedExecutor(1, factory)
                : Executors.newSingleThreadExecutor(factory);
    }

    public static ExecutorService workStealing(int parallelism) {
        if (parallelism <= 0) {
            return Executors.newWorkStealingPool(parallelism);
        }
        return managed() ? new ManagedExecutor(parallelism, Thread.ofPlatform().factory())
                : Executors.newWorkStealingPool(parallelism);
    }
}
