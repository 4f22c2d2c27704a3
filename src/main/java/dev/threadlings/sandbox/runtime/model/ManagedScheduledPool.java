package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedTask;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled pool learner code gets from {@code Executors.newScheduledThreadPool} and
 * {@code newSingleThreadScheduledExecutor} while a schedule runs: managed workers and a delay queue on virtual time,
 * so a task due in ten minutes runs as soon as nothing else can, without waiting. Same semantics as the JDK's
 * ScheduledThreadPoolExecutor with its default policies: a worker per schedule call up to the core size; tasks due at
 * the same time run in submission order; a fixed-rate task's next run is its previous due time plus the period, a
 * fixed-delay task's is the end of its run plus the delay; an exception in a periodic task ends it (its future then
 * throws it); cancel removes a task; shutdown cancels periodic tasks but still runs delayed one-shot tasks;
 * shutdownNow returns the queued tasks (their futures never complete) and interrupts the workers.
 *
 * <p>A periodic task on a pool that is never shut down keeps the program alive, as in the JDK: the sandbox reports
 * it as a hang once the step limit is reached.
 */
final class ManagedScheduledPool extends AbstractExecutorService implements ScheduledExecutorService,
        PoolCasts.JdkPool {
    private final int core;
    private final ThreadFactory factory;
    private final PriorityQueue<ScheduledJob<?>> queue = new PriorityQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private long sequence;
    private boolean shutdown;
    private boolean stopped;

    private final boolean single;

    /** {@code single}: made by newSingleThreadScheduledExecutor, which is no ScheduledThreadPoolExecutor in the JDK. */
    ManagedScheduledPool(int core, ThreadFactory factory, boolean single) {
        this.core = Math.max(1, core);
        this.factory = factory;
        this.single = single;
    }

    @Override
    public Class<?> jdkClass() {
        return single ? ScheduledExecutorService.class : java.util.concurrent.ScheduledThreadPoolExecutor.class;
    }

    @Override
    public String made() {
        return single ? "Executors.newSingleThreadScheduledExecutor()" : "Executors.newScheduledThreadPool(int)";
    }

    /** A single-thread pool for the sandbox's own timers (orTimeout, completeOnTimeout, delayedExecutor). */
    static ManagedScheduledPool timers() {
        return new ManagedScheduledPool(1, Thread.ofPlatform().name("timer").factory(), true);
    }

    static long now() {
        Scheduler s = RunningSchedule.scheduler();
        return s == null ? 0 : s.virtualTime();
    }

    // ---- scheduling ----------------------------------------------------------------------------------------

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new ScheduledJob<Void>(this, Executors.callable(nonNull(command), null), due(delay, unit), 0));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new ScheduledJob<>(this, nonNull(callable), due(delay, unit), 0));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return enqueue(new ScheduledJob<Void>(this, Executors.callable(nonNull(command), null), due(initialDelay, unit),
                positive(period, unit)));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return enqueue(new ScheduledJob<Void>(this, Executors.callable(nonNull(command), null), due(initialDelay, unit),
                -positive(delay, unit)));
    }

    private static <T> T nonNull(T t) {
        if (t == null) {
            throw new NullPointerException();
        }
        return t;
    }

    private static long due(long delay, TimeUnit unit) {
        return now() + Math.max(0, unit.toMillis(delay));
    }

    /** A period in virtual milliseconds; sub-millisecond periods become 1 ms (virtual time counts milliseconds). */
    private static long positive(long period, TimeUnit unit) {
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive");
        }
        return Math.max(1, unit.toMillis(period));
    }

    private <V> ScheduledJob<V> enqueue(ScheduledJob<V> job) {
        if (shutdown) {
            throw new RejectedExecutionException("the executor has been shut down");
        }
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().note(self, Phrase.SCHEDULE_ON.with(job.label(), Names.of(this)), Phrase.POOL.with());
            RunningSchedule.scheduler().released(self, job); // scheduling happens before every run of the task
        }
        queue.add(job);
        if (workers.size() < core) { // the JDK starts a core thread per schedule call until it has them all
            Thread w = factory.newThread(new ManagedTask(this::work));
            workers.add(w);
            ThreadModel.start(w, "(pool)");
        }
        return job;
    }

    // ---- the workers ---------------------------------------------------------------------------------------

    private void work() {
        Scheduler s = RunningSchedule.scheduler();
        ManagedThread self = s.self();
        while (true) {
            ScheduledJob<?> head = queue.peek();
            if (head == null) {
                if (shutdown) {
                    return;
                }
                s.block(self, new Wait.IdleWorker(() -> !queue.isEmpty() || shutdown));
                continue;
            }
            if (head.time > s.virtualTime()) {
                if (!stopped) {
                    InterruptModel.seen(); // a leftover interrupt must not wake the wait for the delay early
                }
                s.block(self, new Wait.Until(this, Phrase.SCHEDULED_DELAY.with(), head.time,
                        () -> queue.peek() != head || stopped));
                continue;
            }
            queue.poll();
            if (!stopped) {
                InterruptModel.seen(); // as in the JDK, a task does not inherit an interrupt meant for an earlier one
            }
            s.note(self, Phrase.RUN_DUE.with(head.label(), head.time), Phrase.POOL.with());
            s.acquired(self, head);     // the previous run of a periodic task happens before the next
            try {
                head.run();
            } finally {
                s.released(self, head); // a Job is its own future: get() acquires it
                s.released(self, this);
            }
        }
    }

    // ---- shutdown ------------------------------------------------------------------------------------------

    @Override
    public void shutdown() {
        shutdown = true;
        for (ScheduledJob<?> j : new ArrayList<>(queue)) { // periodic tasks stop; delayed one-shot tasks still run
            if (j.isPeriodic()) {
                j.cancel(false);
            }
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        stopped = true;
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
        s.point(self, Phrase.AWAIT_TERMINATION_OF.with(Names.of(this)), Phrase.POOL.with());
        if (!isTerminated() && timeout > 0) {
            s.block(self, new Wait.Until(this, "awaitTermination", s.deadlineIn(timeout, unit), this::isTerminated));
            if (!isTerminated() && InterruptModel.seen()) {
                throw new InterruptedException();
            }
        }
        if (isTerminated()) {
            s.acquired(self, this);
        }
        return isTerminated();
    }

    /** The next task's number: tasks due at the same time run in submission order. */
    long nextSequence() {
        return sequence++;
    }

    /** A periodic task that ran is due again; after shutdown it is cancelled instead. */
    void again(ScheduledJob<?> job) {
        if (!shutdown) {
            queue.add(job);
        } else {
            job.cancel(false);
        }
    }

    void cancelled(ScheduledJob<?> job) {
        queue.remove(job); // the JDK's removeOnCancel is off, but a cancelled task never runs either way
    }
}
