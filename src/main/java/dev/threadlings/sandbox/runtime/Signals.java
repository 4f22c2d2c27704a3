package dev.threadlings.sandbox.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notify()/signal() calls of one schedule, kept to classify threads that wait for ever: a signal that was
 * sent, but before the wait or to another waiter, is a lost wake-up; a wait for a signal that nobody ever sent is,
 * to a learner, a deadlock (threads waiting for each other). Only the thread holding the baton touches this.
 */
final class Signals {
    /** One notify/notifyAll/signal/signalAll: {@code what} ("notify()"), where, and by whom. */
    record Sent(String what, String where, String by) {
        String said() {
            return "the " + what + " at " + where + " by " + by;
        }
    }

    private static final Map<Object, Sent> LAST = new IdentityHashMap<>();
    private static final Map<Wait.ForSignal, Sent> PASSED_OVER = new IdentityHashMap<>();
    /** Per thread (the learner's Thread object), the last unpark that had no effect, and why. */
    private static final Map<Thread, String> WASTED_UNPARKS = new IdentityHashMap<>();

    private Signals() {}

    static void reset() {
        LAST.clear();
        PASSED_OVER.clear();
        WASTED_UNPARKS.clear();
    }

    /** Called after {@code waiters} (the wait set of {@code on}, may be null) were woken as the JVM would. */
    static void sent(Object on, String what, String where, Slot by, List<Wait.ForSignal> waiters) {
        Sent sent = new Sent(what, where, by.name());
        LAST.put(on, sent);
        if (waiters != null) {
            for (Wait.ForSignal w : waiters) {
                if (!w.signalled) {
                    PASSED_OVER.put(w, sent); // it was waiting, and this signal woke another thread
                }
            }
        }
    }

    /**
     * Why {@code w}, still waiting, was never woken: a signal that went to another waiter, one that came before
     * it began to wait, or null when no signal was ever sent on its object.
     */
    static String lost(Wait.ForSignal w, String who) {
        Sent other = PASSED_OVER.get(w);
        if (other != null) {
            return other.said() + " woke another waiter, not " + who;
        }
        Sent before = LAST.get(w.on);
        return before == null ? null : before.said() + " came before " + who + "'s " + w.kind;
    }

    /**
     * An unpark that left no trace: the thread had not started (the JDK ignores it), or its permit was already
     * there (permits do not add up, so the park after the next one waits).
     */
    static void unparkWasted(Thread target, String where, Slot by, boolean notStarted) {
        WASTED_UNPARKS.put(target, "the unpark at " + where + " by " + by.name() + (notStarted
                ? " came before the thread started (an unpark of a thread not yet started has no effect)"
                : " came while its permit was already there (permits do not add up)"));
    }

    /** Why {@code parked}, still in park(), was never woken: a wasted unpark, or null when none was sent to it. */
    static String lostUnpark(Slot parked) {
        return WASTED_UNPARKS.get(parked.handle);
    }
}
