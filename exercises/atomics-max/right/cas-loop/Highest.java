import java.util.concurrent.atomic.AtomicInteger;

class Highest {
    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(initial);
    }

    void record(int v) {
        while (true) {
            int current = max.get();
            if (v <= current) {
                return;
            }
            if (max.compareAndSet(current, v)) {
                return;
            }
        }
    }

    int get() {
        return max.get();
    }
}
