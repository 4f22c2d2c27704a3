import java.util.concurrent.atomic.AtomicInteger;

class Highest {

    private final AtomicInteger max;

    Highest(int initial) {
        max = new AtomicInteger(initial);
    }

    void record(int v) {
        int previous = max.getAndSet(v);
        if (previous > v) {
            max.set(previous);   // the old one was larger: put it back
        }
    }

    int get() {
        return max.get();
    }
}
