package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The blocking operations of BlockingQueue and BlockingDeque: put, take, the timed ones and the deque ends. The
 * real queue keeps the items and only ever gets the non-blocking calls
 * (offer, poll); the waiting happens in the scheduler, on virtual time for the timed ones: poll(1, SECONDS) on an
 * empty queue that nobody fills returns null after one virtual second, at once in real time.
 */
public final class BlockingQueueModel {
    private BlockingQueueModel() {}

    @SuppressWarnings("unchecked")
    private static BlockingQueue<Object> q(Object queue) {
        return (BlockingQueue<Object>) queue;
    }

    @SuppressWarnings("unchecked")
    private static BlockingDeque<Object> d(Object deque) {
        return (BlockingDeque<Object>) deque;
    }

    public static boolean offerTimed(Object queue, Object item, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        var q = q(queue);
        if (RunningSchedule.slot() == null) {
            return q.offer(item, time, unit);
        }
        if (q instanceof SynchronousQueue<?> sq) {
            return SynchronousQueueModel.insert(RunningSchedule.scheduler(), RunningSchedule.slot(), sq, item,
                    millis(time, unit), loc);
        }
        return insert(q, "offer", () -> q.offer(item), item, millis(time, unit), loc);
    }

    public static Object pollTimed(Object queue, long time, TimeUnit unit, String loc) throws InterruptedException {
        var q = q(queue);
        if (RunningSchedule.slot() == null) {
            return q.poll(time, unit);
        }
        if (q instanceof SynchronousQueue<?> sq) {
            return SynchronousQueueModel.remove(RunningSchedule.scheduler(), RunningSchedule.slot(), sq,
                    millis(time, unit), loc);
        }
        return remove(q, "poll", q::poll, millis(time, unit), loc);
    }

    /** SynchronousQueue's offer() and poll(): they succeed only with a partner waiting, in the model. */
    public static boolean offerNow(SynchronousQueue<Object> q, Object item, String loc) {
        if (RunningSchedule.slot() == null) {
            return q.offer(item);
        }
        try {
            return SynchronousQueueModel.insert(RunningSchedule.scheduler(), RunningSchedule.slot(), q, item, 0, loc);
        } catch (InterruptedException e) {
            throw new AssertionError("offer() does not wait", e);
        }
    }

    public static Object pollNow(SynchronousQueue<Object> q, String loc) {
        if (RunningSchedule.slot() == null) {
            return q.poll();
        }
        try {
            return SynchronousQueueModel.remove(RunningSchedule.scheduler(), RunningSchedule.slot(), q, 0, loc);
        } catch (InterruptedException e) {
            throw new AssertionError("poll() does not wait", e);
        }
    }

    public static void putFirst(Object deque, Object item, String loc) throws InterruptedException {
        var d = d(deque);
        if (RunningSchedule.slot() == null) {
            d.putFirst(item);
        } else {
            insert(d, "putFirst", () -> d.offerFirst(item), item, Long.MAX_VALUE, loc);
        }
    }

    public static void putLast(Object deque, Object item, String loc) throws InterruptedException {
        var d = d(deque);
        if (RunningSchedule.slot() == null) {
            d.putLast(item);
        } else {
            insert(d, "putLast", () -> d.offerLast(item), item, Long.MAX_VALUE, loc);
        }
    }

    public static Object takeFirst(Object deque, String loc) throws InterruptedException {
        var d = d(deque);
        return RunningSchedule.slot() == null ? d.takeFirst() : remove(d, "takeFirst", d::pollFirst, Long.MAX_VALUE, loc);
    }

    public static Object takeLast(Object deque, String loc) throws InterruptedException {
        var d = d(deque);
        return RunningSchedule.slot() == null ? d.takeLast() : remove(d, "takeLast", d::pollLast, Long.MAX_VALUE, loc);
    }

    public static boolean offerFirstTimed(Object deque, Object item, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        var d = d(deque);
        return RunningSchedule.slot() == null ? d.offerFirst(item, time, unit)
                : insert(d, "offerFirst", () -> d.offerFirst(item), item, millis(time, unit), loc);
    }

    public static boolean offerLastTimed(Object deque, Object item, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        var d = d(deque);
        return RunningSchedule.slot() == null ? d.offerLast(item, time, unit)
                : insert(d, "offerLast", () -> d.offerLast(item), item, millis(time, unit), loc);
    }

    public static Object pollFirstTimed(Object deque, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        var d = d(deque);
        return RunningSchedule.slot() == null ? d.pollFirst(time, unit)
                : remove(d, "pollFirst", d::pollFirst, millis(time, unit), loc);
    }

    public static Object pollLastTimed(Object deque, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        var d = d(deque);
        return RunningSchedule.slot() == null ? d.pollLast(time, unit)
                : remove(d, "pollLast", d::pollLast, millis(time, unit), loc);
    }

    /** A timeout in virtual milliseconds: 0 for none (do not wait), at least 1 otherwise. */
    private static long millis(long time, TimeUnit unit) {
        return Scheduler.timeoutMillis(time, unit);
    }

    /**
     * Inserts, waiting while the queue is full for at most {@code millis} (MAX_VALUE: no limit). Like the JDK, an
     * interrupt is checked on entry and ends the wait; a full queue whose time ran out gives false.
     */
    static boolean insert(BlockingQueue<Object> q, String op, BooleanSupplier tryInsert, Object item,
                          long millis, String loc) throws InterruptedException {
        if (item == null) {
            throw new NullPointerException();
        }
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.point(self, null, loc);
        long deadline = s.deadlineIn(millis);
        while (!inside(s, self, q, tryInsert::getAsBoolean)) {
            if (s.virtualTime() >= deadline) {
                s.note(self, Phrase.QUEUE_OFFER_TIMED_OUT.with(op, Names.value(item), Names.of(q)), loc);
                return false;
            }
            s.note(self, Phrase.BLOCKED_FULL.with(Names.of(q)), loc);
            waitFor(s, self, q, op, deadline, () -> q.remainingCapacity() > 0);
        }
        s.released(self, q);
        s.note(self, Phrase.QUEUE_PUT.with(op, Names.value(item), Names.of(q), q.size()), loc);
        return true;
    }

    /** Takes an item, waiting while the queue is empty for at most {@code millis}; null when the time ran out. */
    static Object remove(BlockingQueue<Object> q, String op, Supplier<Object> tryRemove, long millis,
                         String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.point(self, null, loc);
        long deadline = s.deadlineIn(millis);
        Object item;
        while ((item = inside(s, self, q, tryRemove)) == null) {
            if (s.virtualTime() >= deadline) {
                s.note(self, Phrase.QUEUE_POLL_TIMED_OUT.with(op, Names.of(q)), loc);
                return null;
            }
            s.note(self, Phrase.BLOCKED_EMPTY.with(Names.of(q)), loc);
            waitFor(s, self, q, op, deadline, () -> !q.isEmpty());
        }
        s.acquired(self, q);
        s.note(self, Phrase.QUEUE_TAKE.with(op, Names.value(item), Names.of(q)), loc);
        return item;
    }


    /**
     * One try of the real queue's own non-blocking call. A PriorityBlockingQueue runs the learner's compareTo or
     * comparator there, under the queue's lock: a switch inside would leave another thread blocked on that lock in
     * the JDK, where the scheduler cannot run it, and what the comparison reads was handed over by the calls made
     * before under the same lock (a producer's fields, read by the consumer's sift).
     */
    private static <T> T inside(Scheduler s, ManagedThread self, BlockingQueue<Object> q, Supplier<T> attempt) {
        boolean callsBack = q instanceof PriorityBlockingQueue<?>;
        if (callsBack) {
            s.acquired(self, q);
        }
        SchedulingPoints.enterAtomic();
        try {
            return attempt.get();
        } finally {
            SchedulingPoints.exitAtomic();
            if (callsBack) {
                s.released(self, q);
            }
        }
    }

    private static void waitFor(Scheduler s, ManagedThread self, BlockingQueue<Object> q, String op, long deadline,
                                BooleanSupplier ready) throws InterruptedException {
        String kind = "BlockingQueue." + op + "()";
        s.block(self, deadline == Long.MAX_VALUE ? new Wait.ForCount(q, kind, ready)
                : new Wait.Until(q, kind, deadline, ready));
        if (!ready.getAsBoolean() && InterruptModel.seen()) {
            throw new InterruptedException();
        }
    }

    // put and take wait like the timed calls, only without a deadline; a SynchronousQueue, which holds nothing,
    // pairs each put with a take instead ({@link SynchronousQueueModel})

    @SuppressWarnings("unchecked")
    public static void put(Object queue, Object item, String loc) throws InterruptedException {
        var q = (java.util.concurrent.BlockingQueue<Object>) queue;
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            q.put(item);
        } else if (q instanceof java.util.concurrent.SynchronousQueue<?> sq) {
            SynchronousQueueModel.insert(RunningSchedule.scheduler(), self, sq, item, SynchronousQueueModel.FOREVER, loc);
        } else {
            BlockingQueueModel.insert(q, "put", () -> q.offer(item), item, Long.MAX_VALUE, loc);
        }
    }

    @SuppressWarnings("unchecked")
    public static Object take(Object queue, String loc) throws InterruptedException {
        var q = (java.util.concurrent.BlockingQueue<Object>) queue;
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return q.take();
        }
        if (q instanceof java.util.concurrent.SynchronousQueue<?> sq) {
            return SynchronousQueueModel.remove(RunningSchedule.scheduler(), self, sq, SynchronousQueueModel.FOREVER, loc);
        }
        return BlockingQueueModel.remove(q, "take", q::poll, Long.MAX_VALUE, loc);
    }
}
