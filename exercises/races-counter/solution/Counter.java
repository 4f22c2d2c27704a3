import java.util.concurrent.atomic.AtomicInteger;

class Counter {

    // incrementAndGet / addAndGet are atomic: read, add and write happen as one indivisible step.
    // (Equally correct: keep an int field and mark all three methods synchronized.)
    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        count.incrementAndGet();
    }

    void add(int delta) {
        count.addAndGet(delta);
    }

    int get() {
        return count.get();
    }
}
