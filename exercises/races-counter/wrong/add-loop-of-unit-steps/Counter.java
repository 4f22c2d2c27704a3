import java.util.concurrent.atomic.AtomicInteger;

class Counter {

    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        count.incrementAndGet();
    }

    // WRONG: delta atomic steps of one are not one atomic step: a reader can see the add half done
    void add(int delta) {
        int step = delta < 0 ? -1 : 1;
        for (int i = 0; i < Math.abs(delta); i++) {
            count.addAndGet(step);
        }
    }

    int get() {
        return count.get();
    }
}
