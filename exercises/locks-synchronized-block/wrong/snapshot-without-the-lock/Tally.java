import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

// A plausible mistake: the copy is taken without the map's lock, as if each call were all that needs guarding.
class Tally {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        // The synchronized map locks on itself: holding its monitor makes get + put one atomic step,
        // and every single call on the map from other threads waits meanwhile.
        synchronized (counts) {
            Integer old = counts.get(word);
            counts.put(word, old == null ? 1 : old + 1);
        }
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);   // a single call: the synchronized map guards it
    }

    /** A sorted copy of all counts. */
    Map<String, Integer> snapshot() {
        return new TreeMap<>(counts);          // the synchronized map guards every call
    }
}
