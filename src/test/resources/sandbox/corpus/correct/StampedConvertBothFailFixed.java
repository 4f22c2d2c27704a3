// expect: none
// lines:
// about: a reader whose conversion fails lets go of its read stamp, takes the write lock and checks again, so the cache is filled once whoever converts
import java.util.concurrent.locks.StampedLock;

public class StampedConvertBothFailFixed {
    static final StampedLock lock = new StampedLock();
    static String cached;
    static int fills;

    static void ensureFilled() {
        long stamp = lock.readLock();
        try {
            while (cached == null) {
                long write = lock.tryConvertToWriteLock(stamp);
                if (write != 0) {
                    stamp = write;
                    cached = "filled";
                    fills++;
                    break;
                }
                lock.unlockRead(stamp);
                stamp = lock.writeLock(); // then the loop checks again: the other may have filled it meanwhile
            }
        } finally {
            lock.unlock(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(StampedConvertBothFailFixed::ensureFilled);
        Thread b = new Thread(StampedConvertBothFailFixed::ensureFilled);
        a.start();
        b.start();
        a.join();
        b.join();
        long stamp = lock.readLock();
        try {
            assert cached != null && fills == 1 : "filled " + fills + " times";
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
