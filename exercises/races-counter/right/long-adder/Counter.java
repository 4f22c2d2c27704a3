import java.util.concurrent.atomic.LongAdder;

class Counter {
    private final LongAdder count = new LongAdder();

    void increment() {
        count.increment();
    }

    void add(int delta) {
        count.add(delta);
    }

    int get() {
        return count.intValue();
    }
}
