import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

record Snapshot(int count, int total) {}

class Stats {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int count;
    private int total;

    void record(int value) {
        lock.writeLock().lock();
        try {
            count++;
            total += value;
        } finally {
            lock.writeLock().unlock();
        }
    }

    Snapshot snapshot() {
        lock.readLock().lock();
        try {
            return new Snapshot(count, total);
        } finally {
            lock.readLock().unlock();
        }
    }
}
