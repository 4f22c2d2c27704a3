// expect: deadlock
// lines: 16, 27
// about: the second thread takes lock a only when it sees the first one busy, i.e. holding a; it already holds b, which the first one needs next: a lock cycle on one path only
import java.util.concurrent.locks.ReentrantLock;

public class CarterLockCycle {
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
                if (busy) {
                    a.lock();
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
