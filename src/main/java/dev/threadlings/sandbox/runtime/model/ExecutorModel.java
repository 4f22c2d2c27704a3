package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Executors, futures and CompletableFuture in learner code: pools become {@link ManagedExecutor}s, async
 * CompletableFuture work runs on a managed pool instead of the common pool, and waiting for a result blocks in
 * the scheduler until the result is there.
 */
public final class ExecutorModel {
    private static final int MANY = Integer.MAX_VALUE;
    /** How long an idle worker of a cached pool lives in the JDK (the model keeps it: time rarely runs that far). */
    static final long IDLE_SECONDS = 60;
    /** The pool of this schedule's runAsync/supplyAsync and *Async stages without an executor. */
    private static final ScheduleLocal<ManagedExecutor> ASYNC =
            new ScheduleLocal<>(() -> new ManagedExecutor(MANY, platform(), ExecutorService.class,
                    "CompletableFuture.defaultExecutor()"));

    private ExecutorModel() {}

    private static boolean managed() {
        if (RunningSchedule.slot() == null) {
            ThreadModel.refuseReset(); // a pool in a static field: made afresh inside each schedule
            return false;
        }
        return true;
    }

    private static ThreadFactory platform() {
        return Thread.ofPlatform().factory();
    }

    public static ExecutorService fixed(int n) {
        return managed() ? new ManagedExecutor(n, n, 0, platform(), ThreadPoolExecutor.class,
                "Executors.newFixedThreadPool(int)") : Executors.newFixedThreadPool(n);
    }

    public static ExecutorService cached() {
        return managed() ? new ManagedExecutor(0, MANY, IDLE_SECONDS, platform(), ThreadPoolExecutor.class,
                "Executors.newCachedThreadPool()") : Executors.newCachedThreadPool();
    }

    public static ExecutorService single() {
        return managed() ? new ManagedExecutor(1, platform(), ExecutorService.class,
                "Executors.newSingleThreadExecutor()") : Executors.newSingleThreadExecutor();
    }

    public static ExecutorService virtualPerTask() {
        return managed() ? new ThreadPerTaskPool(Thread.ofVirtual().factory(),
                "Executors.newVirtualThreadPerTaskExecutor()")
                : Executors.newVirtualThreadPerTaskExecutor();
    }

    public static ExecutorService perTask(ThreadFactory factory) {
        return managed() && factory != null ? new ThreadPerTaskPool(factory,
                "Executors.newThreadPerTaskExecutor(ThreadFactory)") : Executors.newThreadPerTaskExecutor(factory);
    }

    public static ExecutorService workStealing() {
        return managed() ? new ManagedExecutor(MANY, platform(), ForkJoinPool.class,
                "Executors.newWorkStealingPool()") : Executors.newWorkStealingPool();
    }

    private static ExecutorService asyncPool() {
        return ASYNC.get();
    }

    public static CompletableFuture<Void> runAsync(Runnable r) {
        if (!managed()) {
            return CompletableFuture.runAsync(r);
        }
        return supplyAsync(() -> {
            r.run();
            return null;
        });
    }

    /**
     * On the managed pool, completing a future of our own: the task's work is released through the future just
     * before it completes (and runs the dependents), so join/get and thenApply… see it — the same hand-off the
     * JDK's CompletableFuture makes with its volatile result.
     */
    public static <T> CompletableFuture<T> supplyAsync(Supplier<T> s) {
        if (!managed()) {
            return CompletableFuture.supplyAsync(s);
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        asyncPool().execute(() -> {
            T value;
            try {
                value = s.get();
            } catch (Throwable t) {
                handOver(f);
                f.completeExceptionally(t instanceof java.util.concurrent.CompletionException ? t
                        : new java.util.concurrent.CompletionException(t));
                return;
            }
            handOver(f);
            f.complete(value);
            handOver(f); // dependents that ran inside complete() are handed over too
        });
        return f;
    }

    private static void handOver(CompletableFuture<?> f) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().acquired(self, key(f)); // dependents registered so far run here: see their registration
            RunningSchedule.scheduler().released(self, key(f));
        }
    }

    /**
     * The race detector's sync object for a future. All CompletableFutures share one: a dependent stage
     * (thenApply, allOf…) is a new future completed inside another's completion, and following each of those
     * links is not worth it here — joining any future sees every completion so far. Races between stages are
     * still found; a race with a stage nobody joined may be missed. A FutureTask is its own.
     */
    static Object key(Object future) {
        return future instanceof CompletableFuture<?> ? CompletableFuture.class : future;
    }

    /** Future.get(): wait in the scheduler until the future is done, then take its result. */
    public static Object get(Future<?> f, String loc) throws InterruptedException, ExecutionException {
        await(f, "Future.get()", Phrase.WAIT_FOR.with(Names.of(f)), 0, null, true, loc);
        return f.get();
    }

    public static Object getTimed(Future<?> f, long time, TimeUnit unit, String loc)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!await(f, "Future.get(timeout)", Phrase.FUTURE_GET_TIMED.with(Names.of(f)), time, unit, true, loc)) {
            throw new TimeoutException();
        }
        return f.get(time, unit);
    }

    /** CompletableFuture.join(): it waits on through interrupts, as the JDK's does. */
    public static Object join(CompletableFuture<?> f, String loc) {
        try {
            await(f, "CompletableFuture.join()", Phrase.WAIT_FOR.with(Names.of(f)), 0, null, false, loc);
        } catch (InterruptedException e) {
            throw new IllegalStateException("an uninterruptible wait was interrupted", e);
        }
        return f.join();
    }

    /**
     * Waits in the scheduler until {@code f} is done, for at most {@code time} in {@code unit} (null: no limit), a
     * point first; true when done, and then the task's writes happen before what follows (also when it was done
     * before the call). {@code call}: what the thread waits in, as the wait-for graph of a deadlock will name it. An
     * interrupt ends an {@code interruptible} wait with InterruptedException, as the JDK's get does, never a timeout.
     */
    private static boolean await(Future<?> f, String call, String what, long time, TimeUnit unit,
                                 boolean interruptible, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return true; // not managed: the JDK's own call waits
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, what, loc);
        if (!f.isDone()) {
            s.block(self, unit == null ? new Wait.ForCount(f, call, f::isDone, interruptible)
                    : new Wait.Until(f, call, s.deadlineIn(time, unit), f::isDone));
        }
        if (f.isDone()) {
            s.acquired(self, key(f));
            return true;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        return false;
    }

    /** The managed pool behind runAsync/supplyAsync, shared with the other *Async stages (AsyncStageModel). */
    static ExecutorService asyncExecutor() {
        return asyncPool();
    }
}
