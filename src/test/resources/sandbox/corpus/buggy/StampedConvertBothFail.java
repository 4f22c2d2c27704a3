// expect: assertion
// lines: 14, 35
// about: two readers find the cache empty and try to convert their read stamps to write stamps; a failed conversion is read as "another reader is filling it", but both conversions fail while the other still reads, and nobody fills it
import java.util.concurrent.locks.StampedLock;

public class StampedConvertBothFail {
    static final StampedLock lock = new StampedLock();
    static String cached;

    static void ensureFilled() {
        long stamp = lock.readLock();
        try {
            if (cached == null) {
                long write = lock.tryConvertToWriteLock(stamp);
                if (write != 0) {
                    stamp = write;
                    cached = "filled";
                }
                // a failed conversion: "another reader is converting" (it may be failing too)
            }
        } finally {
            lock.unlock(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(StampedConvertBothFail::ensureFilled);
        Thread b = new Thread(StampedConvertBothFail::ensureFilled);
        a.start();
        b.start();
        a.join();
        b.join();
        long stamp = lock.readLock();
        try {
            assert cached != null : "nobody filled the cache";
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
