import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

class PageHits {

    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void hit(String page) {
        LongAdder count = counts.get(page);
        if (count == null) {
            LongAdder fresh = new LongAdder();
            count = counts.putIfAbsent(page, fresh);
            if (count == null) {
                count = fresh;
            }
        }
        count.increment();
        total.increment();
    }

    int hits(String page) {
        LongAdder count = counts.get(page);
        return count == null ? 0 : count.intValue();
    }

    int total() {
        return total.intValue();
    }
}
