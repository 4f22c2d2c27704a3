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
        while (true) {
            long stamp = lock.tryOptimisticRead();
            int seenX = x, seenY = y;
            if (lock.validate(stamp)) {
                return new Spot(seenX, seenY);
            }
            Thread.onSpinWait();
        }
    }
    boolean moveIfAt(int fromX, int fromY, int toX, int toY) {
        long stamp = lock.writeLock();       // check and move as one: a write lock from the start
        try {
            if (x != fromX || y != fromY) {
                return false;
            }
            x = toX;
            y = toY;
            return true;
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
