import java.util.concurrent.atomic.AtomicReference;

record Snapshot(int count, int total) {}

class Stats {
    static class Totals { int count; int total; }
    private final AtomicReference<Totals> current = new AtomicReference<>(new Totals());

    void record(int value) {
        current.updateAndGet(t -> {
            t.count++;
            t.total += value;
            return t;
        });
    }

    Snapshot snapshot() {
        Totals t = current.get();
        return new Snapshot(t.count, t.total);
    }
}
