package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;

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
        return managed() ? new ManagedExecutor(n, n, 0, factory, ThreadPoolExecutor.class,
                "Executors.newFixedThreadPool(int, ThreadFactory)") : Executors.newFixedThreadPool(n, factory);
    }

    public static ExecutorService cached(ThreadFactory factory) {
        return managed() && factory != null ? new ManagedExecutor(0, MANY, ExecutorModel.IDLE_SECONDS, factory,
                ThreadPoolExecutor.class, "Executors.newCachedThreadPool(ThreadFactory)")
                : Executors.newCachedThreadPool(factory);
    }

    public static ExecutorService single(ThreadFactory factory) {
        return managed() && factory != null ? new ManagedExecutor(1, factory, ExecutorService.class,
                "Executors.newSingleThreadExecutor(ThreadFactory)")
                : Executors.newSingleThreadExecutor(factory);
    }

    public static ExecutorService workStealing(int parallelism) {
        if (parallelism <= 0) {
            return Executors.newWorkStealingPool(parallelism);
        }
        return managed() ? new ManagedExecutor(parallelism, Thread.ofPlatform().factory(), ForkJoinPool.class,
                "Executors.newWorkStealingPool(int)")
                : Executors.newWorkStealingPool(parallelism);
    }
}
