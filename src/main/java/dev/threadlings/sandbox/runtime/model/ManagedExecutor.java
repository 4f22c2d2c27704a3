package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedTask;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;

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
import java.util.concurrent.TimeoutException;

/**
 * The thread pool learner code gets from Executors while a schedule runs: its workers are managed threads, its
 * queue and shutdown are modelled, so submitting, running, awaiting and shutting down are all interleavings the
 * scheduler explores. Same semantics as the JDK's pools: a new worker per task while fewer than {@code core} run,
 * then one only when no idle worker is left to take the task, up to {@code size}; a new worker starts with its task
 * in hand, the others wait in a FIFO queue.
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
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().released(self, PoolTaskRun.key(task)); // submitting happens before it runs
        }
        // as the JDK's addWorker(task): below the core size, or with no idle worker left to take it (a cached pool
        // hands a task over a SynchronousQueue, one idle worker each), a new worker starts with the task in hand —
        // not queued, so shutdownNow() neither returns nor drops it: the worker runs it, interrupted
        if (workers.size() < core || queue.size() >= idle && workers.size() < size) {
            Thread w = factory.newThread(new ManagedTask(() -> work(task)));
            workers.add(w);
            stats.started();
            ThreadModel.start(w, "(pool)");
        } else {
            queue.add(task);
        }
    }

    private void work(Runnable first) {
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread self = s.self();
        Runnable task = first;
        while (true) {
            if (task == null && queue.isEmpty() && !shutdown) {
                idle++;
                try {
                    s.block(self, new Wait.IdleWorker(() -> !queue.isEmpty() || shutdown));
                } finally {
                    idle--;
                }
            }
            if (task == null) {
                task = queue.poll();
            }
            if (task == null) {
                stats.ended();
                return; // shut down and drained
            }
            stats.running();
            try {
                PoolTaskRun.run(s, self, task, this); // a task that throws ends here; the pool goes on on this thread
            } finally {
                stats.ran();
            }
            task = null;
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
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return isTerminated();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, "awaitTermination", "(pool)");
        s.block(self, new Wait.Until(this, "awaitTermination", s.deadlineIn(timeout, unit), this::isTerminated));
        if (isTerminated()) {
            s.acquired(self, this);
            return true;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException(); // as the JDK's; close() then calls shutdownNow()
        }
        return false;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return Invocations.all(this, tasks);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return Invocations.all(this, tasks, timeout, unit);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return Invocations.any(this, tasks, 0, null);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no deadline, no timeout", e);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return Invocations.any(this, tasks, timeout, java.util.Objects.requireNonNull(unit));
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
}
