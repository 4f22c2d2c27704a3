package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.StandsFor;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.SandboxAbort;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import java.lang.reflect.Field;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TransferQueue;
import java.util.function.BooleanSupplier;

/**
 * LinkedTransferQueue (and TransferQueue) in learner code: an unbounded queue whose transfer() waits until a
 * consumer took the item. put, offer, take and poll are any blocking queue's ({@link BlockingQueueModel}: the
 * items sit in the real queue). A transfer offers its item to the real queue too, then waits in the scheduler
 * until the queue's own node for it is matched — by a take, a poll, a drainTo or a remove, whichever took it — or,
 * timed, until its time runs out, when the node is cancelled as the JDK does. The node is found by reflection
 * (the explorer VM opens java.util.concurrent to the runtime); without it a transfer is not modelled. Whether a
 * consumer waits right now (tryTransfer without a timeout, hasWaitingConsumer) no model here answers: consumers
 * wait in the scheduler, never in the queue, so the real answer would always be no, and a loop on it would spin
 * for ever. Those calls say "not modelled". The rules are declared on the stand-ins ({@link StandsFor}).
 */
public final class TransferQueueModel {
    private static final Field HEAD = field(LinkedTransferQueue.class, "head");
    private static final Field NEXT = HEAD == null ? null : field(HEAD.getType(), "next");
    private static final Field ITEM = HEAD == null ? null : field(HEAD.getType(), "item");

    private TransferQueueModel() {}

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "put", parameters = Object.class)
    public static void put(Object queue, Object item, String loc) throws InterruptedException {
        BlockingQueueModel.put(queue, item, loc);
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "take")
    public static Object take(Object queue, String loc) throws InterruptedException {
        return BlockingQueueModel.take(queue, loc);
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "offer",
            parameters = {Object.class, long.class, TimeUnit.class})
    public static boolean offerTimed(Object queue, Object item, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        return BlockingQueueModel.offerTimed(queue, item, time, unit, loc);
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "poll",
            parameters = {long.class, TimeUnit.class})
    public static Object pollTimed(Object queue, long time, TimeUnit unit, String loc) throws InterruptedException {
        return BlockingQueueModel.pollTimed(queue, time, unit, loc);
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "transfer",
            parameters = Object.class)
    public static void transfer(Object queue, Object item, String loc) throws InterruptedException {
        if (RunningSchedule.slot() == null) {
            cast(queue).transfer(item);
        } else {
            handOver(cast(queue), item, Long.MAX_VALUE, "transfer", loc);
        }
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "tryTransfer",
            parameters = {Object.class, long.class, TimeUnit.class})
    public static boolean tryTransferTimed(Object queue, Object item, long time, TimeUnit unit, String loc)
            throws InterruptedException {
        if (RunningSchedule.slot() == null) {
            return cast(queue).tryTransfer(item, time, unit);
        }
        long millis = Scheduler.timeoutMillis(time, unit);
        return handOver(cast(queue), item, millis, "tryTransfer", loc);
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "tryTransfer",
            parameters = Object.class)
    public static boolean tryTransfer(Object queue, Object item, String loc) {
        StateQueryModel.notModelled("TransferQueue.tryTransfer()", loc);
        return cast(queue).tryTransfer(item);
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "hasWaitingConsumer")
    public static boolean hasWaitingConsumer(Object queue, String loc) {
        StateQueryModel.notModelled("TransferQueue.hasWaitingConsumer()", loc);
        return cast(queue).hasWaitingConsumer();
    }

    @StandsFor(owners = {TransferQueue.class, LinkedTransferQueue.class}, method = "getWaitingConsumerCount")
    public static int waitingConsumers(Object queue, String loc) {
        StateQueryModel.notModelled("TransferQueue.getWaitingConsumerCount()", loc);
        return cast(queue).getWaitingConsumerCount();
    }

    /**
     * Offers {@code item} and waits at most {@code millis} (MAX_VALUE: no limit) for a consumer to take it. Like
     * the JDK: a null item throws, an interrupt pending on entry or arriving while it waits cancels the item and
     * throws; what the producer did happens before the take that receives it.
     */
    private static boolean handOver(TransferQueue<Object> q, Object item, long millis, String op, String loc)
            throws InterruptedException {
        if (item == null) {
            throw new NullPointerException();
        }
        ManagedThread self = RunningSchedule.slot();
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.point(self, null, loc);
        Object node = q instanceof LinkedTransferQueue<?> && ITEM != null && q.offer(item) ? lastNodeOf(q, item) : null;
        if (node == null) {
            StateQueryModel.notModelled("TransferQueue." + op + "()", loc); // a subclass, or no access to the node
            throw new SandboxAbort();
        }
        s.released(self, q);
        s.note(self, Phrase.PUT_WAITS_FOR_TAKER.with(Names.value(item), Names.of(q)), loc);
        long deadline = s.deadlineIn(millis);
        BooleanSupplier taken = () -> read(ITEM, node) != item;
        String kind = "TransferQueue." + op + "()";
        while (!taken.getAsBoolean()) {
            if (s.virtualTime() >= deadline) {
                cancel(node, item);
                return false;
            }
            s.block(self, deadline == Long.MAX_VALUE ? new Wait.ForCount(q, kind, taken)
                    : new Wait.Until(q, kind, deadline, taken));
            if (!taken.getAsBoolean() && InterruptModel.seen()) {
                cancel(node, item);
                throw new InterruptedException();
            }
        }
        s.note(self, Phrase.TAKEN_FROM.with(Names.value(item), Names.of(q)), loc);
        return true;
    }

    /** The queue's node for the item just offered: the last one holding it (nothing was offered since). */
    private static Object lastNodeOf(TransferQueue<Object> q, Object item) {
        Object found = null;
        for (Object n = read(HEAD, q); n != null; n = read(NEXT, n) == n ? null : read(NEXT, n)) {
            found = read(ITEM, n) == item ? n : found;
        }
        return found;
    }

    /** A node nobody took is matched by its producer, as the JDK cancels a timed-out or interrupted transfer. */
    private static void cancel(Object node, Object item) {
        try {
            if (ITEM.get(node) == item) {
                ITEM.set(node, null);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static TransferQueue<Object> cast(Object queue) {
        return (TransferQueue<Object>) queue;
    }

    /** A field of the JDK's queue, or null when this JVM has no such field or does not open it to the runtime. */
    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
