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
        while (true) {
            int c = count.get();
            int t = total.get();
            if (c == count.get()) {   // nobody recorded meanwhile
                return new Snapshot(c, t);
            }
        }
    }
}
