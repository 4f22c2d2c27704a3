// expect: assertion
// lines: 13, 19
// about: the writer releases the write lock, then takes the read lock to read back what it wrote; the other writer can run in the gap, so it reads a value that is not its own
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteDowngradeGap {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int value;

    static void writeAndCheck(int mine) {
        rw.writeLock().lock();
        try {
            value = mine;
        } finally {
            rw.writeLock().unlock();
        }
        rw.readLock().lock();
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
