import java.util.concurrent.atomic.AtomicInteger;

class HitCounter {

    private final AtomicInteger hits = new AtomicInteger();

    void hit() {
        hits.incrementAndGet();
    }

    int hits() {
        return hits.get();
    }
}
