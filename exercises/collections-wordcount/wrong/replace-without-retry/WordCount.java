import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

class WordCount {
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    void add(String line) {
        for (String word : line.split("\\s+")) {
            if (word.isEmpty()) continue;
            Integer old = counts.putIfAbsent(word, 1);
            if (old != null) counts.replace(word, old, old + 1);
        }
    }
    int count(String word) { return counts.getOrDefault(word, 0); }
    SortedMap<String, Integer> snapshot() { return new TreeMap<>(counts); }
}
