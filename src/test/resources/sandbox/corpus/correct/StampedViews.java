// expect: none
// lines:
// about: a StampedLock used through its Lock views (asWriteLock for the writers, asReadLock for the reader) with lock()/unlock() in try/finally: the views exclude as the stamps do
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

public class StampedViews {
    static final StampedLock stamped = new StampedLock();
    static final Lock write = stamped.asWriteLock();
    static final Lock read = stamped.asReadLock();
    static int lo;
    static int hi;

    public static void main(String[] args) throws InterruptedException {
        Runnable widen = () -> {
            write.lock();
            try {
                lo--;
                hi++;
            } finally {
                write.unlock();
            }
        };
        Thread w1 = new Thread(widen);
        Thread w2 = new Thread(widen);
        Thread r = new Thread(() -> {
            read.lock();
            try {
                assert lo == -hi : lo + " " + hi;
            } finally {
                read.unlock();
            }
        });
        w1.start();
        w2.start();
        r.start();
        w1.join();
        w2.join();
        r.join();
        assert lo == -2 && hi == 2;
    }
}
