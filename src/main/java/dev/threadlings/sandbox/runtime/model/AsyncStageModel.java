package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * CompletableFuture's {@code *Async} stages without an executor, and its timers, in learner code. The JDK runs those
 * stages on the common ForkJoinPool and its timers on a hidden daemon thread with real time: both would run learner
 * code on threads the scheduler does not manage. Here each such stage gets the managed pool that runAsync and
 * supplyAsync use ({@link ExecutorModel}), and orTimeout, completeOnTimeout and delayedExecutor use a managed timer
 * thread on virtual time. Stages given an executor need nothing: a pool from Executors is already managed.
 *
 * <p>The call site's receiver may be typed CompletionStage; the stage is then continued through its own
 * {@code *Async(…, executor)} method and turned into a CompletableFuture, which is also a CompletionStage.
 */
public final class AsyncStageModel {
    private static final ScheduleLocal<ManagedScheduledPool> TIMERS = new ScheduleLocal<>(ManagedScheduledPool::timers);

    private AsyncStageModel() {}

    /** The managed pool for stages without an executor, or null when no schedule runs on this thread. */
    private static Executor pool() {
        return RunningSchedule.slot() == null ? null : ExecutorModel.asyncExecutor();
    }

    private static <T> CompletableFuture<T> cf(CompletionStage<T> stage) {
        return stage instanceof CompletableFuture<T> f ? f : stage.toCompletableFuture();
    }

    public static <T, U> CompletableFuture<U> thenApplyAsync(CompletionStage<T> f, Function<? super T, ? extends U> fn) {
        Executor e = pool();
        return cf(e == null ? f.thenApplyAsync(fn) : f.thenApplyAsync(fn, e));
    }

    public static <T> CompletableFuture<Void> thenAcceptAsync(CompletionStage<T> f, Consumer<? super T> action) {
        Executor e = pool();
        return cf(e == null ? f.thenAcceptAsync(action) : f.thenAcceptAsync(action, e));
    }

    public static <T> CompletableFuture<Void> thenRunAsync(CompletionStage<T> f, Runnable action) {
        Executor e = pool();
        return cf(e == null ? f.thenRunAsync(action) : f.thenRunAsync(action, e));
    }

    public static <T, U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<T> f,
            CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        Executor e = pool();
        return cf(e == null ? f.thenCombineAsync(other, fn) : f.thenCombineAsync(other, fn, e));
    }

    public static <T, U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<T> f,
            CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        Executor e = pool();
        return cf(e == null ? f.thenAcceptBothAsync(other, action) : f.thenAcceptBothAsync(other, action, e));
    }

    public static <T> CompletableFuture<Void> runAfterBothAsync(CompletionStage<T> f, CompletionStage<?> other,
                                                               Runnable action) {
        Executor e = pool();
        return cf(e == null ? f.runAfterBothAsync(other, action) : f.runAfterBothAsync(other, action, e));
    }

    public static <T, U> CompletableFuture<U> applyToEitherAsync(CompletionStage<T> f,
            CompletionStage<? extends T> other, Function<? super T, U> fn) {
        Executor e = pool();
        return cf(e == null ? f.applyToEitherAsync(other, fn) : f.applyToEitherAsync(other, fn, e));
    }

    public static <T> CompletableFuture<Void> acceptEitherAsync(CompletionStage<T> f,
            CompletionStage<? extends T> other, Consumer<? super T> action) {
        Executor e = pool();
        return cf(e == null ? f.acceptEitherAsync(other, action) : f.acceptEitherAsync(other, action, e));
    }

    public static <T> CompletableFuture<Void> runAfterEitherAsync(CompletionStage<T> f, CompletionStage<?> other,
                                                                 Runnable action) {
        Executor e = pool();
        return cf(e == null ? f.runAfterEitherAsync(other, action) : f.runAfterEitherAsync(other, action, e));
    }

    public static <T, U> CompletableFuture<U> thenComposeAsync(CompletionStage<T> f,
            Function<? super T, ? extends CompletionStage<U>> fn) {
        Executor e = pool();
        return cf(e == null ? f.thenComposeAsync(fn) : f.thenComposeAsync(fn, e));
    }

    public static <T, U> CompletableFuture<U> handleAsync(CompletionStage<T> f,
            BiFunction<? super T, Throwable, ? extends U> fn) {
        Executor e = pool();
        return cf(e == null ? f.handleAsync(fn) : f.handleAsync(fn, e));
    }

    public static <T> CompletableFuture<T> whenCompleteAsync(CompletionStage<T> f,
            BiConsumer<? super T, ? super Throwable> action) {
        Executor e = pool();
        return cf(e == null ? f.whenCompleteAsync(action) : f.whenCompleteAsync(action, e));
    }

    public static <T> CompletableFuture<T> exceptionallyAsync(CompletionStage<T> f,
            Function<Throwable, ? extends T> fn) {
        Executor e = pool();
        return cf(e == null ? f.exceptionallyAsync(fn) : f.exceptionallyAsync(fn, e));
    }

    public static <T> CompletableFuture<T> exceptionallyComposeAsync(CompletionStage<T> f,
            Function<Throwable, ? extends CompletionStage<T>> fn) {
        Executor e = pool();
        return cf(e == null ? f.exceptionallyComposeAsync(fn) : f.exceptionallyComposeAsync(fn, e));
    }

    public static <T> CompletableFuture<T> completeAsync(CompletableFuture<T> f, Supplier<? extends T> supplier) {
        Executor e = pool();
        return e == null ? f.completeAsync(supplier) : f.completeAsync(supplier, e);
    }

    // ---- timers on virtual time ----------------------------------------------------------------------------

    private static ManagedScheduledPool timers() {
        return TIMERS.get();
    }

    /** f.orTimeout(t, unit): completes f with a TimeoutException when it is not done after t (virtual time). */
    public static <T> CompletableFuture<T> orTimeout(CompletableFuture<T> f, long time, TimeUnit unit, String loc) {
        if (RunningSchedule.slot() == null) {
            return f.orTimeout(time, unit);
        }
        SchedulingPoints.point(Phrase.OR_TIMEOUT.with(time, unit.name().toLowerCase(), Names.of(f)), loc);
        if (!f.isDone()) {
            ScheduledFuture<?> timer = timers().schedule(() -> {
                if (f.completeExceptionally(new TimeoutException())) {
                    note(Phrase.TIMED_OUT_EXCEPTION.with(Names.of(f)));
                }
            }, time, unit);
            f.whenComplete((r, x) -> timer.cancel(false)); // as in the JDK: a finished future cancels its timer
        }
        return f;
    }

    /** f.completeOnTimeout(value, t, unit): completes f with {@code value} when it is not done after t. */
    public static <T> CompletableFuture<T> completeOnTimeout(CompletableFuture<T> f, T value, long time,
                                                             TimeUnit unit, String loc) {
        if (RunningSchedule.slot() == null) {
            return f.completeOnTimeout(value, time, unit);
        }
        SchedulingPoints.point(Phrase.COMPLETE_ON_TIMEOUT.with(time, unit.name().toLowerCase(), Names.of(f)), loc);
        if (!f.isDone()) {
            ScheduledFuture<?> timer = timers().schedule(() -> {
                if (f.complete(value)) {
                    note(Phrase.TIMED_OUT_VALUE.with(Names.of(f), Names.value(value)));
                }
            }, time, unit);
            f.whenComplete((r, x) -> timer.cancel(false));
        }
        return f;
    }

    /** CompletableFuture.delayedExecutor(t, unit): after t (virtual time) the task goes to the managed async pool. */
    public static Executor delayedExecutor(long time, TimeUnit unit) {
        if (RunningSchedule.slot() == null) {
            return CompletableFuture.delayedExecutor(time, unit);
        }
        return delayedExecutorOn(time, unit, ExecutorModel.asyncExecutor());
    }

    public static Executor delayedExecutorOn(long time, TimeUnit unit, Executor executor) {
        if (RunningSchedule.slot() == null) {
            return CompletableFuture.delayedExecutor(time, unit, executor);
        }
        if (unit == null || executor == null) {
            throw new NullPointerException();
        }
        return task -> timers().schedule(() -> executor.execute(task), time, unit);
    }

    private static void note(String what) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().note(self, what, Phrase.TIMER.with());
        }
    }
}
