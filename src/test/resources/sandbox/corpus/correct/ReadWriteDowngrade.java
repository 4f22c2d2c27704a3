// expect: none
// lines:
// about: ReentrantReadWriteLock downgrade as its javadoc shows: under the write lock the cache is filled, the read lock is taken before the write lock is let go, and the value is used under the read lock; two such users and a plain reader
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteDowngrade {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static String data;
    static boolean valid;
    static int fills;

    static String use() {
        rw.readLock().lock();
        if (!valid) {
            rw.readLock().unlock(); // no upgrade: let go of the read lock first
            rw.writeLock().lock();
            try {
                if (!valid) { // another thread may have filled it meanwhile
                    data = "fresh";
                    fills++;
                    valid = true;
                }
                rw.readLock().lock(); // downgrade: the read lock before the write lock is let go
            } finally {
                rw.writeLock().unlock();
            }
        }
        try {
            return data;
        } finally {
            rw.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] got = new String[2];
        Thread a = new Thread(() -> got[0] = use());
        Thread b = new Thread(() -> got[1] = use());
        a.start();
        b.start();
        a.join();
        b.join();
        assert "fresh".equals(got[0]) && "fresh".equals(got[1]) : got[0] + " " + got[1];
        assert fills == 1 : "filled " + fills + " times";
        assert rw.getReadLockCount() == 0 && !rw.isWriteLocked();
    }
}
