package dev.threadlings.sandbox.runtime.model;

import dev.threadlings.sandbox.runtime.schedule.RunningSchedule;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exchanger in learner code, modelled: the real exchanger would park the first thread inside the JDK, so it is never
 * used while a schedule runs. A thread that finds a waiting offer (from another thread) pairs with it at once; the
 * others wait in the scheduler until someone pairs with them, their timeout passes, or they are interrupted — the
 * JDK's semantics, with first-come pairing (the JDK leaves the pairing unspecified).
 */
public final class ExchangerModel {
    /** A thread waiting with its item; {@code reply} is what its partner gave. */
    private static final class Offer {
        final ManagedThread slot;
        final Object item;
        Object reply;
        ManagedThread partner;

        Offer(ManagedThread slot, Object item) {
            this.slot = slot;
            this.item = item;
        }
    }

    private static final ScheduleLocal<Map<Exchanger<?>, List<Offer>>> WAITING =
            new ScheduleLocal<>(IdentityHashMap::new);

    private ExchangerModel() {}

    @SuppressWarnings("unchecked")
    public static Object exchange(Exchanger<?> x, Object item, String loc) throws InterruptedException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return ((Exchanger<Object>) x).exchange(item);
        }
        try {
            return exchange(self, x, item, Long.MAX_VALUE, loc);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no deadline, no timeout", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Object exchangeTimed(Exchanger<?> x, Object item, long time, TimeUnit unit, String loc)
            throws InterruptedException, TimeoutException {
        ManagedThread self = RunningSchedule.slot();
        if (self == null) {
            return ((Exchanger<Object>) x).exchange(item, time, unit);
        }
        long millis = Scheduler.timeoutMillis(time, unit);
        return exchange(self, x, item, millis, loc);
    }

    private static Object exchange(ManagedThread self, Exchanger<?> x, Object item, long millis, String loc)
            throws InterruptedException, TimeoutException {
        Scheduler s = RunningSchedule.scheduler();
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.point(self, Phrase.EXCHANGE.with(Names.value(item), Names.of(x)), loc);
        List<Offer> waiting = WAITING.get().computeIfAbsent(x, k -> new ArrayList<>());
        for (Offer o : waiting) {
            if (o.slot != self) {
                waiting.remove(o);
                s.acquired(self, o);   // each side's work so far happens before the other's return
                s.released(self, o);
                o.reply = item;
                o.partner = self;
                s.note(self, Phrase.EXCHANGED_GAVE.with(o.slot.name(), Names.value(item), Names.value(o.item)), loc);
                return o.item;
            }
        }
        Offer mine = new Offer(self, item);
        s.released(self, mine);
        waiting.add(mine);
        String kind = "Exchanger.exchange()";
        if (millis == Long.MAX_VALUE) {
            s.block(self, new Wait.ForCount(x, Phrase.NO_PARTNER.with(kind), () -> mine.partner != null));
        } else if (millis > 0) {
            s.block(self, new Wait.Until(x, kind, s.deadlineIn(millis), () -> mine.partner != null));
        }
        if (mine.partner != null) {
            s.acquired(self, mine);
            s.note(self, Phrase.EXCHANGED_GOT.with(mine.partner.name(), Names.value(mine.reply)), loc);
            return mine.reply;
        }
        waiting.remove(mine);
        if (InterruptModel.seen()) {
            throw new InterruptedException();
        }
        s.note(self, Phrase.EXCHANGE_TIMED_OUT.with(), loc);
        throw new TimeoutException();
    }
}
