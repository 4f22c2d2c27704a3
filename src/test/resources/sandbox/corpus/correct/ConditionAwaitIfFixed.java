// expect: none
// lines:
// about: await() in a while loop: a spurious wake-up re-checks the flag and waits again
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionAwaitIfFixed {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition ready = lock.newCondition();
    static boolean isReady;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                while (!isReady) {
                    ready.awaitUninterruptibly();
                }
                assert isReady : "woke up before the flag was set";
            } finally {
                lock.unlock();
            }
        });
        waiter.start();
        lock.lock();
        try {
            isReady = true;
            ready.signal();
        } finally {
            lock.unlock();
        }
        waiter.join();
    }
}
