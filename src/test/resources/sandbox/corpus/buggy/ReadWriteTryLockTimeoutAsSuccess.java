// expect: assertion
// lines: 14, 32
// about: a writer that cannot get writeLock().tryLock(1 ms) gives up, assuming the lock is always free that soon; main expects both increments
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteTryLockTimeoutAsSuccess {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int value;

    public static void main(String[] args) throws Exception {
        Runnable writer = () -> {
            try {
                if (!rw.writeLock().tryLock(1, TimeUnit.MILLISECONDS)) {
                    return;
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
        a.join();
        b.join();
        assert value == 2 : value;
    }
}
