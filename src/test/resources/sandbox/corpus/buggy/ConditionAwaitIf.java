// expect: assertion
// lines: 17, 19
// about: one waiter, one signal after the flag is set, but await() is under `if`: a spurious wake-up (which Condition allows) returns with the flag still unset
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionAwaitIf {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition ready = lock.newCondition();
    static boolean isReady;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                if (!isReady) {
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
