import java.util.concurrent.locks.StampedLock;

class Counter {

    private final StampedLock lock = new StampedLock();
    private int count;

    void increment() {
        add(1);
    }

    void add(int delta) {
        long stamp = lock.writeLock();
        try {
            count += delta;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    int get() {
        long stamp = lock.tryOptimisticRead();
        int seen = count;
        if (lock.validate(stamp)) {
            return seen;
        }
        stamp = lock.readLock();
        try {
            return count;
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
