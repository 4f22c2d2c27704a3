import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class Tally {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        // equal words intern to one object: records of the same word exclude each other, others run on;
        // each get and put is still guarded by the synchronized map itself
        synchronized (word.intern()) {
            counts.merge(word, 1, Integer::sum);
        }
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
