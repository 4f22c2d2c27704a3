import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class PageHits {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private volatile int total;

    void hit(String page) {
        counts.merge(page, 1, Integer::sum);
        total++;                                 // volatile makes it visible, not atomic
    }

    int hits(String page) {
        return counts.getOrDefault(page, 0);
    }

    int total() {
        return total;
    }
}
