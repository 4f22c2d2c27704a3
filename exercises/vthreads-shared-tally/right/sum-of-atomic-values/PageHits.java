import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

class PageHits {
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    void hit(String page) {
        hits.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
    }

    int hits(String page) {
        var count = hits.get(page);
        return count == null ? 0 : count.get();
    }

    int total() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
