import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

class Tally {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());

    // every change of the map happens inside this object's monitor, so holding it is enough for the copy too
    synchronized void record(String word) {
        Integer old = counts.get(word);
        counts.put(word, old == null ? 1 : old + 1);
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    synchronized Map<String, Integer> snapshot() {
        return new TreeMap<>(counts);
    }
}
