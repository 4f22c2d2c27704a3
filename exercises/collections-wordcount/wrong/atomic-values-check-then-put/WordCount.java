import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

// A plausible wrong fix: AtomicInteger values, but the counter is created with check-then-act. Two threads can
// both see the word missing and both put a fresh counter: the second put throws away the first thread's count.
class WordCount {

    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Counts every word of line (words are separated by white space). Called from many threads at once. */
    void add(String line) {
        for (String word : line.split("\\s+")) {
            if (word.isEmpty()) continue;
            if (!counts.containsKey(word)) {
                counts.put(word, new AtomicInteger());
            }
            counts.get(word).incrementAndGet();      // atomic increment: "so this is thread-safe now"
        }
    }

    /** How often word was counted so far; 0 if never. */
    int count(String word) {
        AtomicInteger counter = counts.get(word);
        return counter == null ? 0 : counter.get();
    }

    /** A sorted copy of all counts. */
    SortedMap<String, Integer> snapshot() {
        SortedMap<String, Integer> copy = new TreeMap<>();
        counts.forEach((word, counter) -> copy.put(word, counter.get()));
        return copy;
    }
}
