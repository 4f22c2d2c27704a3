import java.util.concurrent.atomic.AtomicInteger;

class Counter {

    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        count.incrementAndGet();
    }

    // WRONG: a loop of increments adds nothing for a negative delta
    void add(int delta) {
        for (int i = 0; i < delta; i++) {
            increment();
        }
    }

    int get() {
        return count.get();
    }
}
