import java.util.concurrent.atomic.AtomicInteger;

class HitCounter {

    private final AtomicInteger hits = new AtomicInteger();

    void hit() {
        for (int attempt = 0; attempt < 3; attempt++) {
            int seen = hits.get();
            if (hits.compareAndSet(seen, seen + 1)) {
                return;
            }
        }
    }

    int hits() {
        return hits.get();
    }
}
