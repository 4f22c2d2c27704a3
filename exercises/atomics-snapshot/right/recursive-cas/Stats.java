import java.util.concurrent.atomic.AtomicReference;

record Snapshot(int count, int total) {

    static final Snapshot EMPTY = new Snapshot(0, 0);

    Snapshot with(int value) {
        return new Snapshot(count + 1, total + value);
    }
}

class Stats {

    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.EMPTY);

    void record(int value) {
        Snapshot before = current.get();
        if (!current.compareAndSet(before, before.with(value))) {
            System.out.println("[stats] lost a race recording " + value + ", retrying");
            record(value);
        }
    }

    Snapshot snapshot() {
        return current.get();
    }
}
