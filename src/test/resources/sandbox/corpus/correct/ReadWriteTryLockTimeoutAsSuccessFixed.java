// expect: none
// lines:
// about: writers retry writeLock().tryLock(1 ms) until they get it, and a reader retries readLock().tryLock; both increments land
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteTryLockTimeoutAsSuccessFixed {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int value;

    public static void main(String[] args) throws Exception {
        Runnable writer = () -> {
            try {
                while (!rw.writeLock().tryLock(1, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
                try {
                    value++;
                } finally {
                    rw.writeLock().unlock();
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        };
        Thread a = new Thread(writer);
        Thread b = new Thread(writer);
        a.start();
        b.start();
        while (!rw.readLock().tryLock(1, TimeUnit.MILLISECONDS)) {
            Thread.onSpinWait();
        }
        try {
            assert value >= 0 && value <= 2;
        } finally {
            rw.readLock().unlock();
        }
        a.join();
        b.join();
        assert value == 2 : value;
    }
}
