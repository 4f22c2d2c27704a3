import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class Tally {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        // The synchronized map locks on itself: holding its monitor makes get + put one atomic step,
        // and every single call on the map from other threads waits meanwhile.
        synchronized (word) {          // WRONG: one lock per word, so only the same word waits
            Integer old = counts.get(word);
            counts.put(word, old == null ? 1 : old + 1);
        }
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);   // a single call: the synchronized map guards it
    }

    /** A sorted copy of all counts. */
    Map<String, Integer> snapshot() {
        synchronized (counts) {                // copying iterates: hold the lock for the whole iteration
            return new TreeMap<>(counts);
        }
    }
}
