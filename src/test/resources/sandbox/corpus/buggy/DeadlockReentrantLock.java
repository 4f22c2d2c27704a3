// expect: deadlock
// lines: 15, 28
// about: lock-order inversion with ReentrantLock; each thread holds one lock and blocks in lock() on the other
import java.util.concurrent.locks.ReentrantLock;

public class DeadlockReentrantLock {
    static final ReentrantLock from = new ReentrantLock();
    static final ReentrantLock to = new ReentrantLock();
    static int moves;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            from.lock();
            try {
                to.lock();
                try {
                    moves++;
                } finally {
                    to.unlock();
                }
            } finally {
                from.unlock();
            }
        });
        Thread b = new Thread(() -> {
            to.lock();
            try {
                from.lock();
                try {
                    moves++;
                } finally {
                    from.unlock();
                }
            } finally {
                to.unlock();
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        assert moves == 2 : "moves = " + moves;
    }
}
