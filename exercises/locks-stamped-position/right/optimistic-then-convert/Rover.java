import java.util.concurrent.locks.StampedLock;

class Rover {

    record Spot(int x, int y) {}

    private final StampedLock lock = new StampedLock();
    private int x, y;

    void moveTo(int newX, int newY) {
        long stamp = lock.writeLock();
        try {
            x = newX;
            y = newY;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    Spot position() {
        for (int attempt = 0; attempt < 3; attempt++) {   // a few optimistic tries before locking
            long stamp = lock.tryOptimisticRead();
            int seenX = x;
            int seenY = y;
            if (lock.validate(stamp)) {
                return new Spot(seenX, seenY);
            }
        }
        long stamp = lock.readLock();
        try {
            return new Spot(x, y);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    boolean moveIfAt(int fromX, int fromY, int toX, int toY) {
        long stamp = lock.tryOptimisticRead();
        try {
            while (true) {
                if (stamp == 0L) {                  // a writer held the lock: wait for a real read stamp
                    stamp = lock.readLock();
                }
                int seenX = x;
                int seenY = y;
                if (!lock.validate(stamp)) {        // a move came in: look again under a read lock
                    stamp = lock.readLock();
                    continue;
                }
                if (seenX != fromX || seenY != fromY) {
                    return false;
                }
                long writeStamp = lock.tryConvertToWriteLock(stamp);   // from optimistic or read: same call
                if (writeStamp != 0L) {
                    stamp = writeStamp;
                    x = toX;
                    y = toY;
                    return true;
                }
                if (StampedLock.isReadLockStamp(stamp)) {
                    lock.unlockRead(stamp);
                }
                stamp = lock.writeLock();           // then look again, now excluding everyone
            }
        } finally {
            if (StampedLock.isLockStamp(stamp)) {
                lock.unlock(stamp);
            }
        }
    }
}
