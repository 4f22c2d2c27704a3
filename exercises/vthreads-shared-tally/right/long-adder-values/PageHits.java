import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

class PageHits {
    private final ConcurrentMap<String, LongAdder> pages = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void hit(String page) {
        pages.computeIfAbsent(page, p -> new LongAdder()).increment();
        total.incrementAndGet();
    }

    int hits(String page) {
        LongAdder hits = pages.get(page);
        return hits == null ? 0 : hits.intValue();
    }

    int total() {
        return total.get();
    }
}
