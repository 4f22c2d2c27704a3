// expect: none
// lines:
// about: the writer waits until the reader holds the read lock (getReadLockCount), then takes the write lock, which waits for the reader
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadLockCountSpin {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int value;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            rw.readLock().lock();
            try {
                assert value == 0;
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                rw.readLock().unlock();
            }
        });
        reader.start();
        while (rw.getReadLockCount() == 0) {
            Thread.onSpinWait();
        }
        release.countDown();
        rw.writeLock().lock();
        try {
            value = 1;
        } finally {
            rw.writeLock().unlock();
        }
        reader.join();
    }
}
