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

    // Where the rover is: a spot it really was at, never x of one move and y of another.
    Spot position() {
        long stamp = lock.tryOptimisticRead();
        int seenX = x, seenY = y;                   // read first ...
        if (!lock.validate(stamp)) {                // ... then validate: a failed stamp means the reads may be torn
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

    // Moves to (toX, toY) only if the rover is at (fromX, fromY), with no other move in between; says whether it moved.
    boolean moveIfAt(int fromX, int fromY, int toX, int toY) {
        long stamp = lock.readLock();
        try {
            if (x != fromX || y != fromY) {
                return false;
            }
            long writeStamp = lock.writeLock();     // we are still at (fromX, fromY): take the write lock and move
            try {
                x = toX;
                y = toY;
                return true;
            } finally {
                lock.unlockWrite(writeStamp);
            }
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
