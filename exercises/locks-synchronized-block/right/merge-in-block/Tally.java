import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class Tally {
    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        synchronized (counts) {
            counts.merge(word, 1, Integer::sum);
        }
    }

    int count(String word) {
        Integer n = counts.get(word);
        return n == null ? 0 : n;
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> copy;
        synchronized (counts) {
            copy = new HashMap<>(counts);
        }
        return new TreeMap<>(copy); // sorting needs no lock: it works on our own copy
    }
}
