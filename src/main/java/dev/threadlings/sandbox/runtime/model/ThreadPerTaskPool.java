package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.schedule.ManagedTask;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The executor of newVirtualThreadPerTaskExecutor and newThreadPerTaskExecutor(factory) while a schedule runs: as
 * the JDK's ThreadPerTaskExecutor, every task gets a new thread from the factory, started at once, so no task ever
 * waits in a queue: each submitted task runs, shutdownNow() interrupts the running ones and returns an empty list,
 * and the executor has terminated once it is shut down and every task has ended.
 */
final class ThreadPerTaskPool extends AbstractExecutorService implements PoolCasts.JdkPool {
    private final ThreadFactory factory;
    private final String made;
    private final List<Thread> threads = new ArrayList<>();
    private int running;
    private boolean shutdown;

    ThreadPerTaskPool(ThreadFactory factory, String made) {
        this.factory = factory;
        this.made = made;
    }

    @Override
    public Class<?> jdkClass() {
        return ExecutorService.class; // the JDK's ThreadPerTaskExecutor is no AbstractExecutorService
    }

    @Override
    public String made() {
        return made;
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task);
        if (shutdown) {
            throw new RejectedExecutionException("the executor has been shut down");
        }
        Thread t = factory.newThread(new ManagedTask(() -> run(task)));
        if (t == null) {
            throw new RejectedExecutionException("the thread factory made no thread");
        }
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().released(self, PoolTaskRun.key(task)); // submitting happens before the task runs
        }
        threads.add(t);
        running++;
        ThreadModel.start(t, "(pool)");
    }

    private void run(Runnable task) {
        Scheduler s = RunningSchedule.scheduler();
        try {
            PoolTaskRun.run(s, s.self(), task, this);
        } finally {
            running--;
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    /** Every task already has its thread: nothing is left to return, the running ones are interrupted. */
    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        // the JDK's set holds the threads of running tasks only: an ended one keeps its flag clear
        InterruptModel.interruptRunners(threads.stream().filter(t -> !JoinModel.allEnded(List.of(t))).toList());
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && running == 0;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return isTerminated();
        }
        Scheduler s = RunningSchedule.scheduler();
        s.point(self, Phrase.AWAIT_TERMINATION_OF.with(Names.of(this)), Phrase.POOL.with());
        if (!isTerminated()) {
            s.block(self, new Wait.Until(this, "awaitTermination", s.deadlineIn(timeout, unit), this::isTerminated));
        }
        if (isTerminated()) {
            s.acquired(self, this);
            return true;
        }
        if (InterruptModel.seen()) {
            throw new InterruptedException();
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
        return Invocations.any(this, tasks, timeout, Objects.requireNonNull(unit));
    }

    @Override
    public String toString() {
        // the JDK's has no toString of its own: Object's, with its (package-private) class's name
        return ExecutorService.class.getPackageName() + ".ThreadPerTaskExecutor@"
                + Integer.toHexString(System.identityHashCode(this));
    }
}
