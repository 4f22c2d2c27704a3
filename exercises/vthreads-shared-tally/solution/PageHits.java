import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

class PageHits {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void hit(String page) {
        counts.merge(page, 1, Integer::sum);     // read, add and write as one atomic step
        total.increment();
    }

    int hits(String page) {
        return counts.getOrDefault(page, 0);
    }

    int total() {
        return total.intValue();
    }
}
