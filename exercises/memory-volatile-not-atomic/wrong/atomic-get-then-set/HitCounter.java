import java.util.concurrent.atomic.AtomicInteger;

class HitCounter {

    private final AtomicInteger hits = new AtomicInteger();

    void hit() {
        hits.set(hits.get() + 1);
    }

    int hits() {
        return hits.get();
    }
}
