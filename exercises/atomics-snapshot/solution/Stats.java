import java.util.concurrent.atomic.AtomicReference;

record Snapshot(int count, int total) {

    // Immutable: an update builds a new Snapshot instead of changing this one.
    Snapshot plus(int value) {
        return new Snapshot(count + 1, total + value);
    }
}

class Stats {

    // Count and total live in ONE immutable record behind ONE AtomicReference: an update swaps in a whole new
    // record in one atomic step, and a reader always gets a count and a total that belong together.
    // (Equally correct: an int count and an int total, with record() and snapshot() both synchronized.)
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(0, 0));

    void record(int value) {
        current.updateAndGet(s -> s.plus(value)); // not get() then set(): that would lose updates
    }

    Snapshot snapshot() {
        return current.get();
    }
}
