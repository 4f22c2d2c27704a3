import java.util.concurrent.atomic.AtomicInteger;

class Highest {

    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(initial);
    }

    void record(int v) {
        if (v > max.get()) {
            max.set(v);
        }
    }

    int get() {
        return max.get();
    }
}
