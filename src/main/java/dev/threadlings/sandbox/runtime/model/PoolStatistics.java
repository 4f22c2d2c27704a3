package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What a {@link ManagedExecutor} answers when learner code asks it as a ThreadPoolExecutor: its workers, the tasks
 * running and done, counted by the model itself (the JDK's own counters in the superclass never move). Each question
 * is a scheduling point, so a loop that waits for {@code getActiveCount() == 0} lets the workers run. The JDK calls
 * these numbers approximate and orders nothing by them; neither does the model (no happens-before edge). What would
 * change or expose the pool's insides (its queue, its sizes, its policies) is "not modelled", never a wrong answer.
 */
final class PoolStatistics {
    /** The JDK's default rejection policy: what the managed pool does after shutdown. */
    static final RejectedExecutionHandler ABORT = new ThreadPoolExecutor.AbortPolicy();

    private final ManagedExecutor pool;
    private final int core;
    private final int maximum;
    private final long keepAliveSeconds;
    private int live;
    private int largest;
    private int active;
    private long completed;

    PoolStatistics(ManagedExecutor pool, int core, int maximum, long keepAliveSeconds) {
        this.pool = pool;
        this.core = core;
        this.maximum = maximum;
        this.keepAliveSeconds = keepAliveSeconds;
    }

    void started() {
        largest = Math.max(largest, ++live);
    }

    void ended() {
        live--;
    }

    void running() {
        active++;
    }

    void ran() {
        active--;
        completed++;
    }

    int poolSize() {
        asked("getPoolSize");
        return live;
    }

    int activeCount() {
        asked("getActiveCount");
        return active;
    }

    int largestPoolSize() {
        asked("getLargestPoolSize");
        return largest;
    }

    long taskCount() {
        asked("getTaskCount");
        return completed + active + pool.queued();
    }

    long completedTaskCount() {
        asked("getCompletedTaskCount");
        return completed;
    }

    /** What the JDK's toString says after the state: read at one point, as the JDK reads it holding its lock. */
    String summary() {
        asked("toString");
        return ", pool size = " + live + ", active threads = " + active + ", queued tasks = " + pool.queued()
                + ", completed tasks = " + completed;
    }

    int corePoolSize() {
        return core;
    }

    int maximumPoolSize() {
        return maximum;
    }

    long keepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveSeconds, TimeUnit.SECONDS);
    }

    /** A question whose answer other threads change: a scheduling point before it is answered. */
    private static void asked(String name) {
        ManagedThread self = RunningSchedule.slot();
        if (self != null) {
            RunningSchedule.scheduler().point(self, "ThreadPoolExecutor." + name + "()", "(pool)");
        }
    }

    /**
     * A call the model does not answer: the schedule stops as not checked (this throws); outside a schedule, the
     * exception for the caller to throw.
     */
    static RuntimeException notModelled(String name) {
        String call = "ThreadPoolExecutor." + name + "()";
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return new UnsupportedOperationException(call);
        }
        Scheduler s = RunningSchedule.scheduler();
        s.note(self, call, "(pool)");
        s.fail(new Finding.NotModelled(call, "(pool)", Finding.NotModelled.Advice.KEEP_THE_INTERFACE));
        throw new SandboxAbort();
    }
}
