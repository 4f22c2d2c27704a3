import java.util.Map;
import java.util.Scanner;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

class WordCount {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String line) {
        new Scanner(line).tokens().forEach(word -> counts.computeIfAbsent(word, w -> new LongAdder()).increment());
    }

    int count(String word) {
        LongAdder c = counts.get(word);
        return c == null ? 0 : c.intValue();
    }

    SortedMap<String, Integer> snapshot() {
        return counts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue(), (a, b) -> a, TreeMap::new));
    }
}
