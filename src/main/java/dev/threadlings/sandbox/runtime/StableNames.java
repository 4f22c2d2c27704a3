package dev.threadlings.sandbox.runtime;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Names that stay the same when a schedule is replayed: stepping (threadlings step) replays one schedule many times
 * and identity hashes differ from run to run, so while it is on, objects are numbered per class in the order they
 * are first named ({@code Object#1}), which is the same in every replay of the same choices. Off while exploring.
 * Only the thread holding the baton names objects, so the maps need no lock.
 */
final class StableNames {
    private static Map<Object, String> names;
    private static Map<String, Integer> counts;

    private StableNames() {}

    /** Turns numbering on and starts it afresh: before each run of a stepped schedule. */
    static void restart() {
        names = new IdentityHashMap<>();
        counts = new HashMap<>();
    }

    /** The object's stable name, or null when numbering is off. */
    static String of(Object o, String simple) {
        Map<Object, String> n = names;
        if (n == null) {
            return null;
        }
        return n.computeIfAbsent(o, k -> simple + "#" + counts.merge(simple, 1, Integer::sum));
    }
}
