import java.util.concurrent.atomic.AtomicInteger;

record Snapshot(int count, int total) {}

class Stats {

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    void record(int value) {
        count.incrementAndGet();
        total.addAndGet(value);
    }

    Snapshot snapshot() {
        return new Snapshot(count.get(), total.get());
    }
}
