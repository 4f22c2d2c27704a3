import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

class PageHits {

    private final Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());
    private final AtomicInteger total = new AtomicInteger();

    void hit(String page) {
        Integer old = counts.get(page);          // each call is synchronized...
        counts.put(page, old == null ? 1 : old + 1);   // ...but the pair is not
        total.incrementAndGet();
    }

    int hits(String page) {
        return counts.getOrDefault(page, 0);
    }

    int total() {
        return total.get();
    }
}
