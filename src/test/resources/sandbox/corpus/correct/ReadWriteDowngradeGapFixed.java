// expect: none
// lines:
// about: the writer takes the read lock before it releases the write lock (a downgrade), so no other writer can run in between
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteDowngradeGapFixed {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int value;

    static void writeAndCheck(int mine) {
        rw.writeLock().lock();
        try {
            value = mine;
            rw.readLock().lock();
        } finally {
            rw.writeLock().unlock();
        }
        try {
            assert value == mine : "wrote " + mine + " but read back " + value;
        } finally {
            rw.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> writeAndCheck(1));
        Thread b = new Thread(() -> writeAndCheck(2));
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
