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
            while (x == fromX && y == fromY) {
                long writeStamp = lock.tryConvertToWriteLock(stamp);
                if (writeStamp != 0L) {
                    stamp = writeStamp;
                    x = toX;
                    y = toY;
                    return true;
                }
                // another reader holds the lock too: give the read stamp back, wait for the write lock, and
                // look again — a move may have come in while we held nothing
                lock.unlockRead(stamp);
                stamp = lock.writeLock();
                x = toX;                            // we saw the rover in place: move it
                y = toY;
                return true;
            }
            return false;
        } finally {
            lock.unlock(stamp);
        }
    }
}
