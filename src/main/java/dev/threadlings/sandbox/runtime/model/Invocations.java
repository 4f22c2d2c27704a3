package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * invokeAll and invokeAny of the managed pools. The JDK's block inside its own code (a timed get, a completion
 * queue's take, a park), where the scheduler cannot see them: here they wait in the scheduler, on virtual time.
 */
final class Invocations {
    private Invocations() {}

    /** Waits for every task; an interrupt cancels them all and throws, as the JDK's finally block does. */
    static <T> List<Future<T>> all(ExecutorService pool, Collection<? extends Callable<T>> tasks)
            throws InterruptedException {
        List<Future<T>> futures = submitAll(pool, tasks);
        boolean done = false;
        try {
            for (Future<T> f : futures) {
                try {
                    ExecutorModel.get(f, "(invokeAll)");
                } catch (ExecutionException | CancellationException e) {
                    // invokeAll reports failures through the futures
                }
            }
            done = true;
            return futures;
        } finally {
            if (!done) {
                futures.forEach(f -> f.cancel(true));
            }
        }
    }

    /** The tasks not done by the deadline are cancelled, as in the JDK. */
    static <T> List<Future<T>> all(ExecutorService pool, Collection<? extends Callable<T>> tasks, long timeout,
                                   TimeUnit unit) throws InterruptedException {
        List<Future<T>> futures = submitAll(pool, tasks);
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            Scheduler s = RunningSchedule.scheduler();
            s.point(self, Phrase.INVOKE_ALL_TIMED.with(futures.size()), "(invokeAll)");
            s.block(self, new Wait.Until(pool, "invokeAll(timeout)", s.deadlineIn(timeout, unit),
                    () -> futures.stream().allMatch(Future::isDone)));
            if (!futures.stream().allMatch(Future::isDone) && InterruptModel.seen()) {
                futures.forEach(f -> f.cancel(true));
                throw new InterruptedException();
            }
            for (Future<T> f : futures) {
                if (f.isDone()) {
                    s.acquired(self, ExecutorModel.key(f)); // the JDK's invokeAll took each result with get()
                }
            }
        }
        futures.forEach(f -> f.cancel(true));
        return futures;
    }

    /**
     * The result of the first task to complete normally (no deadline when {@code unit} is null); if all fail, one of
     * the failures (which one a JVM reports depends on when each failed); the others are cancelled.
     */
    static <T> T any(ExecutorService pool, Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks");
        }
        List<Future<T>> futures = submitAll(pool, tasks);
        List<Future<T>> failed = new ArrayList<>();
        try {
            ManagedThread self = RunningSchedule.slot();
            BooleanSupplier decided = () -> futures.stream().anyMatch(Invocations::succeeded)
                    || futures.stream().allMatch(Future::isDone);
            if (self != null) {
                Scheduler s = RunningSchedule.scheduler();
                s.point(self, Phrase.INVOKE_ANY.with(futures.size()), "(invokeAny)");
                long deadline = unit == null ? Long.MAX_VALUE : s.deadlineIn(timeout, unit);
                s.block(self, deadline == Long.MAX_VALUE ? new Wait.ForCount(pool, "invokeAny", decided)
                        : new Wait.Until(pool, "invokeAny(timeout)", deadline, decided));
            }
            for (Future<T> f : futures) {
                if (succeeded(f)) {
                    if (self != null) {
                        RunningSchedule.scheduler().acquired(self, ExecutorModel.key(f));
                    }
                    return f.resultNow();
                }
                if (f.isDone()) {
                    failed.add(f);
                }
            }
            if (decided.getAsBoolean()) {
                Future<T> f = failed.getLast();
                throw new ExecutionException(f.isCancelled() ? new CancellationException() : f.exceptionNow());
            }
            if (InterruptModel.seen()) {
                throw new InterruptedException();
            }
            throw new TimeoutException();
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private static <T> List<Future<T>> submitAll(ExecutorService pool, Collection<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(pool.submit(t));
        }
        return futures;
    }

    private static boolean succeeded(Future<?> f) {
        return f.isDone() && !f.isCancelled() && f.state() == Future.State.SUCCESS;
    }
}
