// expect: none
// lines:
// about: a ReentrantLock taken again by its holder (a synchronized-style call chain); getHoldCount and isHeldByCurrentThread answer per thread, and the lock is free only after the last unlock
import java.util.concurrent.locks.ReentrantLock;

public class ReentrantHoldCount {
    static final ReentrantLock lock = new ReentrantLock();
    static int total;

    static void add(int n) {
        lock.lock();
        try {
            assert lock.getHoldCount() >= 1;
            total += n;
            if (n > 1) {
                add(n - 1);
            }
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            add(3);
            assert !lock.isHeldByCurrentThread() && lock.getHoldCount() == 0;
        });
        Thread b = new Thread(() -> {
            lock.lock();
            try {
                assert lock.getHoldCount() == 1 : "hold count " + lock.getHoldCount();
                total += 10;
            } finally {
                lock.unlock();
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        assert total == 16 : "total " + total;
        assert !lock.isLocked();
    }
}
