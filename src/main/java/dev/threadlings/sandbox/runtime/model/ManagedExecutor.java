package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.UncaughtExceptions;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedTask;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.CompletableFuture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread pool learner code gets from Executors while a schedule runs: its workers are managed threads, its
 * queue and shutdown are modelled, so submitting, running, awaiting and shutting down are all interleavings the
 * scheduler explores. Same semantics as the JDK's pools: a new worker per task while fewer than {@code core} run,
 * then one only when none is idle, up to {@code size}; FIFO queue.
 *
 * <p>It is a ThreadPoolExecutor, as the pools of newFixedThreadPool and newCachedThreadPool are, so learner code may
 * cast it and ask what a pool is asked ({@link PoolStatistics}); the JDK's own state in the superclass is never used.
 * The pools of the other factories are not ThreadPoolExecutors in a real JVM: {@link PoolCasts} answers casts and
 * {@code instanceof} tests as the JDK's pool would ({@code jdkClass}).
 */
final class ManagedExecutor extends ThreadPoolExecutor implements PoolCasts.JdkPool {
    private final int core;
    private final int size;
    private final ThreadFactory factory;
    private final Class<?> jdkClass;
    private final String made;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private final PoolStatistics stats;
    private int idle;
    private boolean shutdown;

    /** A pool like the JDK's pools that are no ThreadPoolExecutor (a single thread, a thread per task). */
    ManagedExecutor(int size, ThreadFactory factory, Class<?> jdkClass, String made) {
        this(0, size, 0, factory, jdkClass, made);
    }

    ManagedExecutor(int core, int size, long keepAliveSeconds, ThreadFactory factory, Class<?> jdkClass, String made) {
        super(core, size, keepAliveSeconds, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        this.core = core;
        this.size = size;
        this.factory = factory;
        this.jdkClass = jdkClass;
        this.made = made;
        this.stats = new PoolStatistics(this, core, size, keepAliveSeconds);
    }

    @Override
    public Class<?> jdkClass() {
        return jdkClass;
    }

    @Override
    public String made() {
        return made;
    }

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("the executor has been shut down");
        }
        queue.add(task);
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().released(self, task); // submitting happens before the task runs
        }
        if (workers.size() < core || idle == 0 && workers.size() < size) {
            Thread w = factory.newThread(new ManagedTask(this::work));
            workers.add(w);
            stats.started();
            ThreadModel.start(w, "(pool)");
        }
    }

    private void work() {
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread self = s.self();
        while (true) {
            if (queue.isEmpty() && !shutdown) {
                idle++;
                try {
                    s.block(self, new Wait.IdleWorker(() -> !queue.isEmpty() || shutdown));
                } finally {
                    idle--;
                }
            }
            Runnable task = queue.poll();
            if (task == null) {
                stats.ended();
                return; // shut down and drained
            }
            // a CompletableFuture's async stage hands over through the futures' shared key (see ExecutorModel.key)
            boolean stage = task instanceof CompletableFuture.AsynchronousCompletionTask;
            s.acquired(self, stage ? CompletableFuture.class : task);
            stats.running();
            try {
                task.run();
            } catch (Throwable t) {
                // the JDK's worker dies and the handler runs; the pool goes on (here, on the same thread)
                Throwable left = t instanceof SandboxAbort ? t : UncaughtExceptions.dispatch(self, t);
                if (left != null) {
                    throw sneaky(left);
                }
            } finally {
                stats.ran();
                s.released(self, stage ? CompletableFuture.class : task); // a FutureTask is its own future
                s.released(self, this);   // and awaitTermination/close the pool
            }
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        InterruptModel.interruptRunners(workers);
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminating() {
        return shutdown && !isTerminated();
    }

    @Override
    public boolean isTerminated() {
        if (!shutdown || !queue.isEmpty()) {
            return false;
        }
        return JoinModel.allEnded(workers);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return isTerminated();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, "awaitTermination", "(pool)");
        // the timeout in milliseconds, then bounded: bounding it in its own unit made a minute in NANOSECONDS 86.4 ms
        s.block(self, new Wait.Until(this, "awaitTermination", s.deadlineIn(timeout, unit), this::isTerminated));
        if (isTerminated()) {
            s.acquired(self, this);
            return true;
        }
        return false;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(submit(t));
        }
        for (Future<T> f : futures) {
            try {
                ExecutorModel.get(f, "(invokeAll)");
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // invokeAll reports failures through the futures
            }
        }
        return futures;
    }

    // The JDK's invokeAny and timed invokeAll block inside its own code (a completion queue's take, a timed get):
    // here they wait in the scheduler, on virtual time.

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(submit(t));
        }
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            Scheduler s = RunningSchedule.scheduler();
            s.point(self, Phrase.INVOKE_ALL_TIMED.with(futures.size()), "(invokeAll)");
            s.block(self, new Wait.Until(this, "invokeAll(timeout)", s.deadlineIn(timeout, unit),
                    () -> futures.stream().allMatch(Future::isDone)));
            if (!futures.stream().allMatch(Future::isDone) && InterruptModel.seen()) {
                futures.forEach(f -> f.cancel(true));
                throw new InterruptedException();
            }
        }
        futures.forEach(f -> f.cancel(true)); // the ones not done in time are cancelled, as in the JDK
        return futures;
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return any(tasks, Long.MAX_VALUE);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no deadline, no timeout", e);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Scheduler s = RunningSchedule.scheduler();
        return any(tasks, s == null ? Long.MAX_VALUE : s.deadlineIn(timeout, unit));
    }

    /** The result of the first task to complete normally; if all fail, the last failure, as in the JDK. */
    private <T> T any(Collection<? extends Callable<T>> tasks, long deadline)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks");
        }
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(submit(t));
        }
        try {
            ManagedThread self = RunningSchedule.slot();
            java.util.function.BooleanSupplier decided = () -> futures.stream().anyMatch(ManagedExecutor::succeeded)
                    || futures.stream().allMatch(Future::isDone);
            if (self != null) {
                Scheduler s = RunningSchedule.scheduler();
                s.point(self, Phrase.INVOKE_ANY.with(futures.size()), "(invokeAny)");
                s.block(self, deadline == Long.MAX_VALUE ? new Wait.ForCount(this, "invokeAny", decided)
                        : new Wait.Until(this, "invokeAny(timeout)", deadline, decided));
            }
            ExecutionException last = null;
            for (Future<T> f : futures) {
                if (succeeded(f)) {
                    return f.resultNow();
                }
                if (f.isDone()) {
                    last = f.isCancelled() ? new ExecutionException(new java.util.concurrent.CancellationException())
                            : new ExecutionException(f.exceptionNow());
                }
            }
            if (decided.getAsBoolean()) {
                throw last;
            }
            if (InterruptModel.seen()) {
                throw new InterruptedException();
            }
            throw new java.util.concurrent.TimeoutException();
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private static boolean succeeded(Future<?> f) {
        return f.isDone() && !f.isCancelled() && f.state() == Future.State.SUCCESS;
    }

    // ---- what learner code may ask a ThreadPoolExecutor: answered from the model, or "not modelled" ---------------

    int queued() {
        return queue.size();
    }

    @Override
    public int getPoolSize() {
        return stats.poolSize();
    }

    @Override
    public int getActiveCount() {
        return stats.activeCount();
    }

    @Override
    public int getLargestPoolSize() {
        return stats.largestPoolSize();
    }

    @Override
    public long getTaskCount() {
        return stats.taskCount();
    }

    @Override
    public long getCompletedTaskCount() {
        return stats.completedTaskCount();
    }

    @Override
    public int getCorePoolSize() {
        return stats.corePoolSize();
    }

    @Override
    public int getMaximumPoolSize() {
        return stats.maximumPoolSize();
    }

    @Override
    public long getKeepAliveTime(TimeUnit unit) {
        return stats.keepAliveTime(unit);
    }

    @Override
    public boolean allowsCoreThreadTimeOut() {
        return false;
    }

    @Override
    public ThreadFactory getThreadFactory() {
        return factory;
    }

    @Override
    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return PoolStatistics.ABORT; // execute after shutdown throws, as the default policy does
    }

    @Override
    public BlockingQueue<Runnable> getQueue() {
        throw PoolStatistics.notModelled("getQueue");
    }

    @Override
    public boolean remove(Runnable task) {
        throw PoolStatistics.notModelled("remove");
    }

    @Override
    public void purge() {
        throw PoolStatistics.notModelled("purge");
    }

    @Override
    public void setCorePoolSize(int n) {
        throw PoolStatistics.notModelled("setCorePoolSize");
    }

    @Override
    public void setMaximumPoolSize(int n) {
        throw PoolStatistics.notModelled("setMaximumPoolSize");
    }

    @Override
    public void setKeepAliveTime(long time, TimeUnit unit) {
        throw PoolStatistics.notModelled("setKeepAliveTime");
    }

    @Override
    public void allowCoreThreadTimeOut(boolean value) {
        throw PoolStatistics.notModelled("allowCoreThreadTimeOut");
    }

    @Override
    public boolean prestartCoreThread() {
        throw PoolStatistics.notModelled("prestartCoreThread");
    }

    @Override
    public int prestartAllCoreThreads() {
        throw PoolStatistics.notModelled("prestartAllCoreThreads");
    }

    @Override
    public void setThreadFactory(ThreadFactory f) {
        throw PoolStatistics.notModelled("setThreadFactory");
    }

    @Override
    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        throw PoolStatistics.notModelled("setRejectedExecutionHandler");
    }

    @Override
    public String toString() {
        String state = !shutdown ? "Running" : isTerminated() ? "Terminated" : "Shutting down";
        return ThreadPoolExecutor.class.getName() + "@" + Integer.toHexString(System.identityHashCode(this))
                + "[" + state + stats.summary() + "]";
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
