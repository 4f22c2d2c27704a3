// expect: none
// lines:
// about: two readers read a pair under the read lock while a writer updates it, taking the write lock with tryLock() in a loop that yields between tries; readers never see a torn pair and the writer gets through
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteTryWriteRetry {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int a;
    static int b;

    static void check() {
        rw.readLock().lock();
        try {
            assert a == b : "torn " + a + " " + b;
        } finally {
            rw.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            while (!rw.writeLock().tryLock()) {
                Thread.yield();
            }
            try {
                a++;
                b++;
            } finally {
                rw.writeLock().unlock();
            }
        });
        Thread r1 = new Thread(ReadWriteTryWriteRetry::check);
        Thread r2 = new Thread(ReadWriteTryWriteRetry::check);
        writer.start();
        r1.start();
        r2.start();
        writer.join();
        r1.join();
        r2.join();
        assert a == 1 && b == 1;
    }
}
