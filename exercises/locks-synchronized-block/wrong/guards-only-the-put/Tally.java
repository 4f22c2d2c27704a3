import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

// A plausible wrong fix: only the write is guarded; another thread can still run between the get and the put.
class Tally {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        Integer old = counts.get(word);
        synchronized (counts) {
            counts.put(word, old == null ? 1 : old + 1);
        }
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** A sorted copy of all counts. */
    Map<String, Integer> snapshot() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }
}
