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
        long stamp = lock.readLock();
        try {
            return new Spot(x, y);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    boolean moveIfAt(int fromX, int fromY, int toX, int toY) {
        long stamp = lock.writeLock();              // check and move under one write lock: nothing to upgrade
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
