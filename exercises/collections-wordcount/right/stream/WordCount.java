import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

class WordCount {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    void add(String line) {
        SPACES.splitAsStream(line.strip())
                .filter(w -> !w.isBlank())
                .forEach(w -> {
                    Integer old;
                    do {
                        old = counts.putIfAbsent(w, 1);
                    } while (old != null && !counts.replace(w, old, old + 1));
                });
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    SortedMap<String, Integer> snapshot() {
        return new TreeMap<>(counts);
    }
}
