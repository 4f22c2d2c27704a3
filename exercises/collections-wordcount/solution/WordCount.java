import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

class WordCount {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    /** Counts every word of line (words are separated by white space). Called from many threads at once. */
    void add(String line) {
        for (String word : line.split("\\s+")) {
            if (word.isEmpty()) continue;
            counts.merge(word, 1, Integer::sum);   // read, add and write as one atomic step for this key
        }
    }

    /** How often word was counted so far; 0 if never. */
    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** A sorted copy of all counts. */
    SortedMap<String, Integer> snapshot() {
        return new TreeMap<>(counts);
    }
}
