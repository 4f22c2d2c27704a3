record Snapshot(int count, int total) {}

class Stats {
    private int count;
    private int total;

    synchronized void record(int value) {
        count++;
        total += value;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(count, total);
    }
}
