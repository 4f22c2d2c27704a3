// expect: none
// lines:
// about: two workers take two locks in id order, the first with lockInterruptibly and the second with a timed tryLock; a worker that times out lets go and retries, so both finish and each adds once
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class LockInterruptiblyTimedOrdering {
    static final ReentrantLock first = new ReentrantLock();
    static final ReentrantLock second = new ReentrantLock();
    static int total;

    static void add(int n) throws InterruptedException {
        while (true) {
            first.lockInterruptibly();
            try {
                if (second.tryLock(2, TimeUnit.MILLISECONDS)) {
                    try {
                        total += n;
                        return;
                    } finally {
                        second.unlock();
                    }
                }
            } finally {
                first.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            try {
                add(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread b = new Thread(() -> {
            try {
                add(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        assert total == 3 : "total " + total;
    }
}
