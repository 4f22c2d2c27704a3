package dev.threadlings.sandbox.runtime.schedule;

import dev.threadlings.sandbox.runtime.explore.Signals;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The threads waiting on each monitor (wait()) and Condition (await()), in the order they began to wait: what a
 * notify or signal wakes. Per schedule; only the thread holding the baton touches it.
 */
public final class WaitSets {
    private static final ScheduleLocal<Map<Object, List<Wait.ForSignal>>> WAITERS =
            new ScheduleLocal<>(IdentityHashMap::new);

    private WaitSets() {}

    public static void add(Object on, Wait.ForSignal w) {
        WAITERS.get().computeIfAbsent(on, k -> new ArrayList<>()).add(w);
    }

    public static void remove(Object on, Wait.ForSignal w) {
        List<Wait.ForSignal> set = WAITERS.get().get(on);
        if (set != null) {
            set.remove(w);
        }
    }

    /**
     * Marks the first waiter (or all) on {@code o} as signalled; the JVM's order is unspecified, ours is FIFO. The
     * signal is remembered ({@link Signals}) to tell a lost wake-up from a wait for a signal nobody sends.
     */
    public static void wake(Object o, boolean all, String what, String loc, ManagedThread by) {
        List<Wait.ForSignal> set = WAITERS.get().get(o);
        if (set != null) {
            for (Wait.ForSignal w : set) {
                if (!w.signalled) {
                    w.signalled = true;
                    if (!all) {
                        break;
                    }
                }
            }
        }
        Signals.sent(o, what, loc, by, set);
    }
}
