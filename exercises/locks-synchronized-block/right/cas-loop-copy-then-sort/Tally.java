import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class Tally {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    void record(String word) {
        while (true) {                       // optimistic: retry if someone else changed it first
            Integer old = counts.putIfAbsent(word, 1);
            if (old == null || counts.replace(word, old, old + 1)) {
                return;
            }
        }
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> copy;
        synchronized (counts) {
            copy = new HashMap<>(counts);
        }
        return new TreeMap<>(copy);
    }
}
