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
        long stamp = lock.tryOptimisticRead();
        int seenX = x, seenY = y;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                seenX = x;
                seenY = y;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return new Spot(seenX, seenY);
    }

    boolean moveIfAt(int fromX, int fromY, int toX, int toY) {
        long stamp = lock.readLock();
        try {
            if (x != fromX || y != fromY) {
                return false;
            }
            long ws = lock.tryConvertToWriteLock(stamp);
            if (ws == 0L) {
                return false;                  // someone else is reading: do not wait for them
            }
            stamp = ws;
            x = toX;
            y = toY;
            return true;
        } finally {
            lock.unlock(stamp);
        }
    }
}
