package dev.threadlings.sandbox.runtime;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * ExecutorCompletionService: the service is built with a queue from here (see the host's ConstructorRules), so
 * its take() and timed poll() wait in the model on that queue — the tasks, run by managed pool threads, add to
 * it when they finish — instead of blocking inside the JDK. The futures they return hand results over as any
 * Future.get() does.
 */
public final class SchedCompletion {
    private static final Map<Object, BlockingQueue<Object>> QUEUES = new IdentityHashMap<>();
    private static BlockingQueue<Object> pending;

    private SchedCompletion() {}

    static void reset() {
        QUEUES.clear();
        pending = null;
    }

    /** The completion queue for the service being built (the constructor's added argument). */
    public static BlockingQueue<Object> queue() {
        pending = new LinkedBlockingQueue<>();
        return pending;
    }

    /** The service is built: remember which queue is its own. */
    public static void created(Object service) {
        if (pending != null) {
            QUEUES.put(service, pending);
            pending = null;
        }
    }

    public static Future<?> take(Object service, String loc) throws InterruptedException {
        BlockingQueue<Object> q = QUEUES.get(service);
        if (q == null || Sched.slot() == null) {
            return ((CompletionService<?>) service).take();
        }
        return (Future<?>) SchedConcurrent.take(q, loc);
    }

    public static Future<?> pollTimed(Object service, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        BlockingQueue<Object> q = QUEUES.get(service);
        if (q == null || Sched.slot() == null) {
            return ((CompletionService<?>) service).poll(time, unit);
        }
        return (Future<?>) SchedQueues.pollTimed(q, time, unit, loc);
    }
}
