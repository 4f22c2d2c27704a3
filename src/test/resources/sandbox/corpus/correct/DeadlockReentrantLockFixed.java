// expect: none
// lines:
// about: the second lock is taken with tryLock(); on failure the thread releases the first lock and backs off (skips the move) instead of waiting while holding it; every move is either done or reported busy
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

public class DeadlockReentrantLockFixed {
    static final ReentrantLock from = new ReentrantLock();
    static final ReentrantLock to = new ReentrantLock();
    static final AtomicInteger moved = new AtomicInteger();
    static final AtomicInteger busy = new AtomicInteger();

    static void move(ReentrantLock first, ReentrantLock second) {
        first.lock();
        try {
            if (!second.tryLock()) {
                busy.incrementAndGet();
                return;
            }
            try {
                moved.incrementAndGet();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> move(from, to));
        Thread b = new Thread(() -> move(to, from));
        a.start();
        b.start();
        a.join();
        b.join();
        assert moved.get() + busy.get() == 2 : "moved = " + moved + ", busy = " + busy;
    }
}
