import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import java.util.StringTokenizer;
class WordCount {
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    void add(String line) {
        StringTokenizer t = new StringTokenizer(line);
        while (t.hasMoreTokens()) counts.compute(t.nextToken(), (w, n) -> n == null ? 1 : n + 1);
    }
    int count(String word) { Integer n = counts.get(word); return n == null ? 0 : n; }
    SortedMap<String, Integer> snapshot() { return new TreeMap<>(counts); }
}
