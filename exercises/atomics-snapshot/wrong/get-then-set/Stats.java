import java.util.concurrent.atomic.AtomicReference;

// A plausible wrong fix: one AtomicReference to an immutable record — but updated with get() and then set().
// Snapshots are now consistent, yet two record() calls can both read the same old snapshot, and one update is lost.
record Snapshot(int count, int total) {}

class Stats {

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(0, 0));

    void record(int value) {
        Snapshot old = current.get();
        current.set(new Snapshot(old.count() + 1, old.total() + value));
    }

    Snapshot snapshot() {
        return current.get();
    }
}
