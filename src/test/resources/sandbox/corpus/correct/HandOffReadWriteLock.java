// expect: none
// lines:
// about: race-free: readers read under the read lock, the writer writes under the write lock
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class HandOffReadWriteLock {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int version;

    static int read() {
        rw.readLock().lock();
        try {
            return version;
        } finally {
            rw.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread r1 = new Thread(() -> read());
        Thread r2 = new Thread(() -> read());
        Thread w = new Thread(() -> {
            rw.writeLock().lock();
            try {
                version++;
            } finally {
                rw.writeLock().unlock();
            }
        });
        r1.start();
        r2.start();
        w.start();
        r1.join();
        r2.join();
        w.join();
        assert read() == 1;
    }
}
