record Snapshot(int count, int total) {}

class Stats {

    // writers take turns on the monitor; readers just read the one volatile reference to an immutable record
    private volatile Snapshot current = new Snapshot(0, 0);

    synchronized void record(int value) {
        current = new Snapshot(current.count() + 1, current.total() + value);
    }

    Snapshot snapshot() {
        return current;
    }
}
