import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

class WordCount {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Object lock = new Object();

    /** Counts every word of line (words are separated by white space). Called from many threads at once. */
    void add(String line) {
        for (String word : line.split("\\s+")) {
            if (word.isEmpty()) continue;
            synchronized (lock) {
                counts.merge(word, 1, Integer::sum);
            }
        }
    }

    /** How often word was counted so far; 0 if never. */
    int count(String word) {
        synchronized (lock) {
            return counts.getOrDefault(word, 0);
        }
    }

    /** A sorted copy of all counts. */
    SortedMap<String, Integer> snapshot() {
        synchronized (lock) {
            return new TreeMap<>(counts);
        }
    }
}
