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

/**
 * SynchronousQueue's put and take: a queue with no room at all, where each put waits for a take and each take for
 * a put. The real queue never holds anything (its own put would block inside the JDK); waiting putters are
 * shadow state, and a take pairs with the oldest of them. Untimed offer and poll still ask the real, always
 * empty queue (they fail unless another thread is really parked in it) and are not modelled.
 */
final class SynchronousQueueModel {
    private static final class Offer {
        final Object item;
        boolean taken;

        Offer(Object item) {
            this.item = item;
        }
    }

    private static final ScheduleLocal<Map<SynchronousQueue<?>, ArrayDeque<Offer>>> PUTTERS =
            new ScheduleLocal<>(IdentityHashMap::new);

    private SynchronousQueueModel() {}

    /** As the JDK's put and take: an interrupt already pending ends the call before it waits; then a scheduling point. */
    private static void enter(Scheduler s, ManagedThread self, String loc) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        s.point(self, null, loc);
    }

    static void put(Scheduler s, ManagedThread self, SynchronousQueue<?> q, Object item, String loc)
            throws InterruptedException {
        if (item == null) {
            throw new NullPointerException();
        }
        enter(s, self, loc);
        Offer mine = new Offer(item);
        PUTTERS.get().computeIfAbsent(q, k -> new ArrayDeque<>()).add(mine);
        s.released(self, q); // what the putter did happens before the take that receives its item
        s.note(self, Phrase.PUT_WAITS_FOR_TAKER.with(Names.value(item), Names.of(q)), loc);
        s.block(self, new Wait.ForCount(q, Phrase.PUT_NO_TAKER.with(), () -> mine.taken));
        if (!mine.taken) {
            PUTTERS.get().get(q).remove(mine);
            Thread.interrupted();
            throw new InterruptedException();
        }
        s.note(self, Phrase.TAKEN_FROM.with(Names.value(item), Names.of(q)), loc);
    }

    static Object take(Scheduler s, ManagedThread self, SynchronousQueue<?> q, String loc) throws InterruptedException {
        enter(s, self, loc);
        ArrayDeque<Offer> putters = PUTTERS.get().computeIfAbsent(q, k -> new ArrayDeque<>());
        while (putters.isEmpty()) {
            s.note(self, Phrase.BLOCKED_NO_PUTTER.with(Names.of(q)), loc);
            s.block(self, new Wait.ForCount(q, Phrase.TAKE_NO_PUTTER.with(), () -> !putters.isEmpty()));
            if (putters.isEmpty() && Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        Offer o = putters.poll();
        o.taken = true;
        s.acquired(self, q);
        s.note(self, Phrase.TAKE_FROM.with(Names.value(o.item), Names.of(q)), loc);
        return o.item;
    }
}
