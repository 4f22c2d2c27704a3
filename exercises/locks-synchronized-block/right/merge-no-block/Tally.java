import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class Tally {
    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        counts.merge(word, 1, Integer::sum); // a synchronized map's merge holds its lock for the whole update
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    Map<String, Integer> snapshot() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }
}
