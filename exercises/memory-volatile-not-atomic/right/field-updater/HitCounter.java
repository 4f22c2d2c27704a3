import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

class HitCounter {
    private static final AtomicIntegerFieldUpdater<HitCounter> HITS =
            AtomicIntegerFieldUpdater.newUpdater(HitCounter.class, "hits");

    private volatile int hits;

    void hit() {
        HITS.incrementAndGet(this);
    }

    int hits() {
        return hits;
    }
}
