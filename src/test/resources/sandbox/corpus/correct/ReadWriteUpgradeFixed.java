// expect: none
// lines:
// about: release the read lock before taking the write lock, then check again under the write lock
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteUpgradeFixed {
    static final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    static int cached = -1;

    static int read() {
        lock.readLock().lock();
        try {
            if (cached >= 0) {
                return cached;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (cached < 0) {
                cached = 42;
            }
            return cached;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int[] seen = new int[2];
        Thread a = new Thread(() -> seen[0] = read());
        Thread b = new Thread(() -> seen[1] = read());
        a.start();
        b.start();
        a.join();
        b.join();
        assert seen[0] == 42 && seen[1] == 42 : seen[0] + ", " + seen[1];
    }
}
