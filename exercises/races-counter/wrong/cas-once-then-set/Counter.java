import java.util.concurrent.atomic.AtomicInteger;

class Counter {

    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        add(1);
    }

    void add(int delta) {
        int current = count.get();
        // WRONG: the fallback after a failed compareAndSet is a plain get-then-set, which can lose an update
        if (!count.compareAndSet(current, current + delta)) {
            count.set(count.get() + delta);
        }
    }

    int get() {
        return count.get();
    }
}
