package dev.threadlings.sandbox.runtime.step;

import dev.threadlings.sandbox.runtime.schedule.Names;
import dev.threadlings.sandbox.runtime.schedule.Turns;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Names that stay the same when a schedule is replayed: stepping (threadlings step) replays one schedule many times
 * and identity hashes differ from run to run, so while it is on, objects are numbered per class in the order they
 * are first named ({@code Object#1}), which is the same in every replay of the same choices. Off while exploring.
 * Only the thread holding the baton names objects, so the maps need no lock.
 */
public final class StableNames {
    private static Map<Object, String> names;
    private static Map<String, Integer> counts;

    private StableNames() {}

    /** Turns numbering on and starts it afresh: before each run of a stepped schedule. */
    static void restart() {
        names = new IdentityHashMap<>();
        counts = new HashMap<>();
    }

    /**
     * A field of {@code owner} was accessed, {@code value} written to it (each may be null): they are numbered now,
     * in the order the program touches them, so that an object keeps its number in every replay of the same
     * choices, whichever step first names it (two previews of different steps would otherwise each call the
     * first object they name #1). Costs a static read when not stepping.
     */
    public static void saw(Object owner, Object value) {
        if (names != null) {
            name(owner);
            name(value);
        }
    }

    private static void name(Object o) {
        if (o != null && !(o instanceof String || o instanceof Number || o instanceof Boolean
                || o instanceof Character || o instanceof Class<?>)) {
            Names.of(o);
        }
    }

    /** The object's stable name, or null when numbering is off. */
    public static String of(Object o, String simple) {
        Map<Object, String> n = names;
        if (n == null) {
            return null;
        }
        return n.computeIfAbsent(o, k -> simple + "#" + counts.merge(simple, 1, Integer::sum));
    }
}
