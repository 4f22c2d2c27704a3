package dev.threadlings.sandbox.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The thread pool learner code gets from Executors while a schedule runs: its workers are managed threads, its
 * queue and shutdown are modelled, so submitting, running, awaiting and shutting down are all interleavings the
 * scheduler explores. Same semantics as the JDK's pools: up to {@code size} workers, FIFO queue.
 */
public final class ManagedExecutor extends AbstractExecutorService {
    private final int size;
    private final ThreadFactory factory;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private int idle;
    private boolean shutdown;

    ManagedExecutor(int size, ThreadFactory factory) {
        this.size = size;
        this.factory = factory;
    }

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("the executor has been shut down");
        }
        queue.add(task);
        Slot self = Sched.slot();
        if (self != null) {
            Sched.scheduler.released(self, task); // submitting happens before the task runs
        }
        if (idle == 0 && workers.size() < size) {
            Thread w = factory.newThread(new ManagedTask(this::work));
            workers.add(w);
            SchedThreads.start(w, "(pool)");
        }
    }

    private void work() {
        Scheduler s = Sched.scheduler;
        Slot self = s.self();
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
                return; // shut down and drained
            }
            s.acquired(self, task);
            try {
                task.run();
            } finally {
                s.released(self, task);   // a FutureTask is its own future: get() acquires it
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
        workers.forEach(Thread::interrupt);
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        if (!shutdown || !queue.isEmpty()) {
            return false;
        }
        Scheduler s = Sched.scheduler;
        return workers.stream().allMatch(w -> s == null || s.slotOf(w) == null || s.slotOf(w).finished);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        Slot self = Sched.slot();
        if (self == null) {
            return isTerminated();
        }
        Scheduler s = Sched.scheduler;
        s.point(self, "awaitTermination", "(pool)");
        long deadline = s.virtualTime() + Math.max(1, unit.toMillis(Math.min(timeout, TimeUnit.DAYS.toMillis(1))));
        s.block(self, new Wait.Until(this, "awaitTermination", deadline, this::isTerminated));
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
                SchedPools.get(f, "(invokeAll)");
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // invokeAll reports failures through the futures
            }
        }
        return futures;
    }
}
