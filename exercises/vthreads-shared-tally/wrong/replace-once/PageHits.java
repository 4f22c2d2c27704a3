import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

class PageHits {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void hit(String page) {
        Integer old = counts.putIfAbsent(page, 1);
        if (old != null) {
            // WRONG: tried once; when another hit changed the count in between, this hit is dropped
            counts.replace(page, old, old + 1);
        }
        total.incrementAndGet();
    }

    int hits(String page) {
        return counts.getOrDefault(page, 0);
    }

    int total() {
        return total.get();
    }
}
