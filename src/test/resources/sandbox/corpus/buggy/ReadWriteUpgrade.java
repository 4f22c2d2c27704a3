// expect: deadlock
// lines: 14
// about: a thread holding the read lock asks for the write lock; ReentrantReadWriteLock cannot upgrade, so it waits for itself
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteUpgrade {
    static final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    static int cached = -1;

    static void refresh() {
        lock.readLock().lock();
        try {
            if (cached < 0) {
                lock.writeLock().lock();
                try {
                    cached = 42;
                } finally {
                    lock.writeLock().unlock();
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(ReadWriteUpgrade::refresh);
        a.start();
        a.join();
    }
}
