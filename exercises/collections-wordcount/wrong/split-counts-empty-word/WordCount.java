import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

class WordCount {
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    void add(String line) {
        for (String word : line.split("\\s+")) counts.merge(word, 1, Integer::sum);
    }
    int count(String word) { return counts.getOrDefault(word, 0); }
    SortedMap<String, Integer> snapshot() { return new TreeMap<>(counts); }
}
