import java.util.concurrent.locks.StampedLock;

record Snapshot(int count, int total) {}

class Stats {
    private final StampedLock lock = new StampedLock();
    private int count;
    private int total;

    void record(int value) {
        long stamp = lock.writeLock();
        try {
            count++;
            total += value;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    Snapshot snapshot() {
        long stamp = lock.tryOptimisticRead();   // no lock at all while nobody writes
        int c = count;
        int t = total;
        if (!lock.validate(stamp)) {             // a writer came in between: read again under the read lock
            stamp = lock.readLock();
            try {
                c = count;
                t = total;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return new Snapshot(c, t);
    }
}
