import java.util.concurrent.atomic.AtomicInteger;

class Highest {

    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(initial);
    }

    void record(int v) {
        int current = max.get();
        if (v > current && !max.compareAndSet(current, v)) {
            current = max.get();   // somebody changed it: read again, try once more
            if (v > current) {
                max.compareAndSet(current, v);   // WRONG: a second failure drops the value
            }
        }
    }

    int get() {
        return max.get();
    }
}
