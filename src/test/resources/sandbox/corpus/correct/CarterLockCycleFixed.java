// expect: none
// lines:
// about: the second thread only tries lock a (tryLock does not wait), so it never waits for a while holding b
import java.util.concurrent.locks.ReentrantLock;

public class CarterLockCycleFixed {
    static final ReentrantLock a = new ReentrantLock();
    static final ReentrantLock b = new ReentrantLock();
    static volatile boolean busy;

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> {
            a.lock();
            try {
                busy = true;
                b.lock();
                b.unlock();
                busy = false;
            } finally {
                a.unlock();
            }
        });
        Thread second = new Thread(() -> {
            b.lock();
            try {
                if (busy && a.tryLock()) {
                    a.unlock();
                }
            } finally {
                b.unlock();
            }
        });
        first.start();
        second.start();
        first.join();
        second.join();
    }
}
