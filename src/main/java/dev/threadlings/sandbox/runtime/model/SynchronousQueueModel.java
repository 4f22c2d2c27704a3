package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.function.BooleanSupplier;

/**
 * SynchronousQueue: a queue with no room at all, where each insert waits for a taker and each take for an insert.
 * The real queue is never used under a schedule (its own put would block inside the JDK, and its offer and poll
 * would see no partner, since partners wait here). Waiting putters and waiting takers are shadow state; an insert
 * that finds a taker waiting hands its item over at once, so at any time only one side waits. Timed calls wait on
 * virtual time; offer() and poll() without a timeout succeed only with a partner already waiting, as in the JDK.
 */
final class SynchronousQueueModel {
    /** No timeout: put and take. */
    static final long FOREVER = Long.MAX_VALUE;

    private static final class Offer {
        final Object item;
        boolean taken;

        Offer(Object item) {
            this.item = item;
        }
    }

    private static final class Taker {
        Object item;
        boolean filled;
    }

    private static final ScheduleLocal<Map<SynchronousQueue<?>, ArrayDeque<Offer>>> PUTTERS =
            new ScheduleLocal<>(IdentityHashMap::new);
    private static final ScheduleLocal<Map<SynchronousQueue<?>, ArrayDeque<Taker>>> TAKERS =
            new ScheduleLocal<>(IdentityHashMap::new);

    private SynchronousQueueModel() {}

    /** As the JDK's calls: an interrupt already pending ends a waiting call before it waits; then a point. */
    private static void enter(Scheduler s, ManagedThread self, boolean interruptible, String loc)
            throws InterruptedException {
        if (interruptible && InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.point(self, null, loc);
    }

    /** put ({@code millis} FOREVER), offer with a timeout, or offer() ({@code millis} 0: no wait at all). */
    static boolean insert(Scheduler s, ManagedThread self, SynchronousQueue<?> q, Object item, long millis,
                          String loc) throws InterruptedException {
        if (item == null) {
            throw new NullPointerException();
        }
        enter(s, self, millis > 0, loc);
        Taker waiting = TAKERS.get().computeIfAbsent(q, k -> new ArrayDeque<>()).poll();
        if (waiting != null) {
            waiting.item = item;
            waiting.filled = true;
            s.released(self, q); // what the putter did happens before the take that receives its item
            s.note(self, Phrase.TAKEN_FROM.with(Names.value(item), Names.of(q)), loc);
            return true;
        }
        if (millis <= 0) {
            s.note(self, Phrase.QUEUE_OFFER_TIMED_OUT.with("offer", Names.value(item), Names.of(q)), loc);
            return false;
        }
        Offer mine = new Offer(item);
        ArrayDeque<Offer> putters = PUTTERS.get().computeIfAbsent(q, k -> new ArrayDeque<>());
        putters.add(mine);
        s.released(self, q);
        s.note(self, Phrase.PUT_WAITS_FOR_TAKER.with(Names.value(item), Names.of(q)), loc);
        s.block(self, waitFor(s, q, Phrase.PUT_NO_TAKER.with(), millis, () -> mine.taken));
        if (!mine.taken) {
            putters.remove(mine);
            if (InterruptModel.seen()) {
                throw new InterruptedException();
            }
            s.note(self, Phrase.QUEUE_OFFER_TIMED_OUT.with("offer", Names.value(item), Names.of(q)), loc);
            return false;
        }
        s.note(self, Phrase.TAKEN_FROM.with(Names.value(item), Names.of(q)), loc);
        return true;
    }

    /** take ({@code millis} FOREVER), poll with a timeout, or poll() ({@code millis} 0); null when none came. */
    static Object remove(Scheduler s, ManagedThread self, SynchronousQueue<?> q, long millis, String loc)
            throws InterruptedException {
        enter(s, self, millis > 0, loc);
        ArrayDeque<Offer> putters = PUTTERS.get().computeIfAbsent(q, k -> new ArrayDeque<>());
        Offer o = putters.poll();
        if (o != null) {
            o.taken = true;
            s.acquired(self, q);
            s.note(self, Phrase.TAKE_FROM.with(Names.value(o.item), Names.of(q)), loc);
            return o.item;
        }
        if (millis <= 0) {
            s.note(self, Phrase.QUEUE_POLL_TIMED_OUT.with("poll", Names.of(q)), loc);
            return null;
        }
        Taker me = new Taker();
        ArrayDeque<Taker> takers = TAKERS.get().computeIfAbsent(q, k -> new ArrayDeque<>());
        takers.add(me);
        s.note(self, Phrase.BLOCKED_NO_PUTTER.with(Names.of(q)), loc);
        s.block(self, waitFor(s, q, Phrase.TAKE_NO_PUTTER.with(), millis, () -> me.filled));
        if (!me.filled) {
            takers.remove(me);
            if (InterruptModel.seen()) {
                throw new InterruptedException();
            }
            s.note(self, Phrase.QUEUE_POLL_TIMED_OUT.with("poll", Names.of(q)), loc);
            return null;
        }
        s.acquired(self, q);
        s.note(self, Phrase.TAKE_FROM.with(Names.value(me.item), Names.of(q)), loc);
        return me.item;
    }

    private static Wait waitFor(Scheduler s, SynchronousQueue<?> q, String kind, long millis, BooleanSupplier ready) {
        return millis == FOREVER ? new Wait.ForCount(q, kind, ready)
                : new Wait.Until(q, kind, s.deadlineIn(millis), ready);
    }
}
