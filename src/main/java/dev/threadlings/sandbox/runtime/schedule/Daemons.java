package dev.threadlings.sandbox.runtime.schedule;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Threads learner code made daemons in this schedule. Their own isDaemon() cannot tell: the sandbox runs learner
 * code on virtual threads, which are daemons, and a platform thread made there inherits that. Virtual threads are
 * daemons to the JVM too, but checks rely on the schedule running them to their end, so they are not counted here
 * (a blocked one still makes a deadlock).
 */
public final class Daemons {
    private static final ScheduleLocal<Set<Thread>> MARKED = new ScheduleLocal<>(
            () -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())));

    private Daemons() {}

    /** Learner code's {@code setDaemon(on)} on {@code t}. */
    public static void mark(Thread t, boolean on) {
        if (on) {
            MARKED.get().add(t);
        } else {
            MARKED.get().remove(t);
        }
    }

    static boolean isDaemon(Thread handle) {
        return MARKED.get().contains(handle);
    }
}
