package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.Missed;
import dev.threadlings.sandbox.runtime.schedule.ScheduleLocal;
import dev.threadlings.sandbox.runtime.schedule.Wait;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notify()/signal() calls of one schedule, kept to classify threads that wait for ever: a signal that was
 * sent, but before the wait or to another waiter, is a lost wake-up; a wait for a signal that nobody ever sent is,
 * to a learner, a deadlock (threads waiting for each other). Only the thread holding the baton touches this.
 */
public final class Signals {
    /** One notify/notifyAll/signal/signalAll: {@code what} ("notify()"), where, and by whom. */
    record Sent(String what, String where, String by) {}

    private static final ScheduleLocal<Map<Object, Sent>> LAST = new ScheduleLocal<>(IdentityHashMap::new);
    private static final ScheduleLocal<Map<Wait.ForSignal, Sent>> PASSED_OVER =
            new ScheduleLocal<>(IdentityHashMap::new);
    /** Per thread (the learner's Thread object), the last unpark that had no effect, and why. */
    private static final ScheduleLocal<Map<Thread, Missed>> WASTED_UNPARKS = new ScheduleLocal<>(IdentityHashMap::new);

    private Signals() {}

    /** Called after {@code waiters} (the wait set of {@code on}, may be null) were woken as the JVM would. */
    public static void sent(Object on, String what, String where, ManagedThread by, List<Wait.ForSignal> waiters) {
        Sent sent = new Sent(what, where, by.name());
        LAST.get().put(on, sent);
        if (waiters != null) {
            for (Wait.ForSignal w : waiters) {
                if (!w.signalled) {
                    PASSED_OVER.get().put(w, sent); // it was waiting, and this signal woke another thread
                }
            }
        }
    }

    /**
     * Why {@code w}, still waiting, was never woken: a signal that went to another waiter, one that came before
     * it began to wait, or null when no signal was ever sent on its object.
     */
    static Missed lost(Wait.ForSignal w, String who) {
        Sent other = PASSED_OVER.get().get(w);
        if (other != null) {
            return new Missed.WokeAnother(other.what(), other.where(), other.by(), who);
        }
        Sent before = LAST.get().get(w.on);
        return before == null ? null : new Missed.CameBefore(before.what(), before.where(), before.by(), who, w.kind);
    }

    /**
     * An unpark that left no trace: the thread had not started (the JDK ignores it), or its permit was already
     * there (permits do not add up, so the park after the next one waits).
     */
    public static void unparkWasted(Thread target, String where, ManagedThread by, boolean notStarted) {
        WASTED_UNPARKS.get().put(target, notStarted ? new Missed.UnparkBeforeStart(where, by.name())
                : new Missed.UnparkWithPermit(where, by.name()));
    }

    /** Why {@code parked}, still in park(), was never woken: a wasted unpark, or null when none was sent to it. */
    static Missed lostUnpark(ManagedThread parked) {
        return WASTED_UNPARKS.get().get(parked.handle);
    }
}
