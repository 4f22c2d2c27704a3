package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ExecutorCompletionService: the service is built with a queue from here (see the host's ConstructorRules), so
 * its take() and timed poll() wait in the model on that queue — the tasks, run by managed pool threads, add to
 * it when they finish — instead of blocking inside the JDK. The JDK adds a finished task to that queue from the
 * task's own done(), out of reach of instrumentation, so the queue tells the race detector itself: what the task
 * did is handed to whoever takes its future (as a put hands an item to its take), also when the taker then reads
 * what the task wrote rather than get()'s value, and to a get() on the future submit returned (the pool ran
 * a wrapper of it). The add is a scheduling point: which task's end the taker sees first is a choice.
 */
public final class CompletionServiceModel {
    private static final ScheduleLocal<Map<Object, BlockingQueue<Object>>> QUEUES =
            new ScheduleLocal<>(IdentityHashMap::new);
    /** The queue made for the service being built, between the constructor's argument and its end. */
    private static final ScheduleLocal<AtomicReference<BlockingQueue<Object>>> PENDING =
            new ScheduleLocal<>(AtomicReference::new);

    private CompletionServiceModel() {}

    /** The completion queue for the service being built (the constructor's added argument). */
    public static BlockingQueue<Object> queue() {
        BlockingQueue<Object> q = new Completions();
        PENDING.get().set(q);
        return q;
    }

    /** The service is built: remember which queue is its own. */
    public static void created(Object service) {
        BlockingQueue<Object> q = PENDING.get().getAndSet(null);
        if (q != null) {
            QUEUES.get().put(service, q);
        }
    }

    /** The completion queue: an add (the JDK's, from the finished task's thread) releases into the queue. */
    private static final class Completions extends LinkedBlockingQueue<Object> {
        @Override
        public boolean add(Object task) {
            ManagedThread self = RunningSchedule.slot();
            if (self != null) {
                // A task's end is a hand-off into the queue the taker sees: a point before it, or a task with no
                // point of its own (no shared access) would always finish in the order the workers took the
                // tasks, and the order a second worker finishes first would never be tried.
                RunningSchedule.scheduler().point(self, null, "(pool)");
            }
            boolean added = super.add(task);
            if (self != null) {
                RunningSchedule.scheduler().released(self, this);
                RunningSchedule.scheduler().released(self, task); // the future the service returned, not the one the pool ran
            }
            return added;
        }
    }

    public static Future<?> take(Object service, String loc) throws InterruptedException {
        BlockingQueue<Object> q = QUEUES.get().get(service);
        if (q == null || RunningSchedule.slot() == null) {
            return ((CompletionService<?>) service).take();
        }
        return (Future<?>) BlockingQueueModel.take(q, loc);
    }

    public static Future<?> pollTimed(Object service, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        BlockingQueue<Object> q = QUEUES.get().get(service);
        if (q == null || RunningSchedule.slot() == null) {
            return ((CompletionService<?>) service).poll(time, unit);
        }
        return (Future<?>) BlockingQueueModel.pollTimed(q, time, unit, loc);
    }
}
