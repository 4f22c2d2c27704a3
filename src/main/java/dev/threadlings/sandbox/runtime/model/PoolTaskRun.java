package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.UncaughtExceptions;
import java.util.concurrent.CompletableFuture;

/**
 * One task run by a managed pool's thread, with the hand-offs the JDK's pools promise: submitting happens before the
 * task runs, and its end happens before its future's result and the pool's termination are seen.
 */
final class PoolTaskRun {
    private PoolTaskRun() {}

    /** What {@code execute} releases for the task to acquire when it runs. */
    static Object key(Runnable task) {
        // a CompletableFuture's async stage hands over through the futures' shared key (see ExecutorModel.key)
        return task instanceof CompletableFuture.AsynchronousCompletionTask ? CompletableFuture.class : task;
    }

    /**
     * Runs {@code task}; what escapes it goes to the thread's uncaught-exception handlers as in the JDK (a pool's
     * worker dies and its handler runs), and is thrown on only when no handler takes it.
     */
    static void run(Scheduler s, ManagedThread self, Runnable task, Object pool) {
        Object key = key(task);
        s.acquired(self, key);
        try {
            task.run();
        } catch (Throwable t) {
            Throwable left = t instanceof SandboxAbort ? t : UncaughtExceptions.dispatch(self, t);
            if (left != null) {
                throw sneaky(left);
            }
        } finally {
            s.released(self, key);   // a FutureTask is its own future
            s.released(self, pool);  // and awaitTermination/close the pool
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
