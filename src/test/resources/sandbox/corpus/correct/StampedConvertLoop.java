// expect: none
// lines:
// about: the StampedLock javadoc's moveIfAtOrigin: a read stamp converted with tryConvertToWriteLock, and when that fails the read stamp is given up for a write lock and the check made again; two movers and a reader
import java.util.concurrent.locks.StampedLock;

public class StampedConvertLoop {
    static final StampedLock lock = new StampedLock();
    static int x;
    static int y;
    static int moves;

    static void moveIfAtOrigin(int nx, int ny) {
        long stamp = lock.readLock();
        try {
            while (x == 0 && y == 0) {
                long ws = lock.tryConvertToWriteLock(stamp);
                if (ws != 0L) {
                    stamp = ws;
                    x = nx;
                    y = ny;
                    moves++;
                    break;
                }
                lock.unlockRead(stamp);
                stamp = lock.writeLock();
            }
        } finally {
            lock.unlock(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> moveIfAtOrigin(1, 1));
        Thread b = new Thread(() -> moveIfAtOrigin(2, 2));
        Thread reader = new Thread(() -> {
            long stamp = lock.readLock();
            try {
                assert x == y : "torn point";
            } finally {
                lock.unlockRead(stamp);
            }
        });
        a.start();
        b.start();
        reader.start();
        a.join();
        b.join();
        reader.join();
        assert moves == 1 && x == y && x != 0 : "moves " + moves + " at " + x + "," + y;
    }
}
