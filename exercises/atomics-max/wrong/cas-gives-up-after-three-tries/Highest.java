import java.util.concurrent.atomic.AtomicInteger;

class Highest {

    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(initial);
    }

    void record(int v) {
        for (int attempt = 0; attempt < 3; attempt++) {   // WRONG: three failed compare-and-sets and the value is dropped
            int current = max.get();
            if (v <= current || max.compareAndSet(current, v)) {
                return;
            }
        }
    }

    int get() {
        return max.get();
    }
}
