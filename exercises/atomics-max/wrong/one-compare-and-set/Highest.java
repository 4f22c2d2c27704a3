import java.util.concurrent.atomic.AtomicInteger;

// A plausible wrong fix: one compareAndSet without a retry; when it fails, the larger value is simply dropped.
class Highest {

    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(initial);
    }

    void record(int v) {
        int seen = max.get();
        if (v > seen) {
            max.compareAndSet(seen, v);
        }
    }

    int get() {
        return max.get();
    }
}
