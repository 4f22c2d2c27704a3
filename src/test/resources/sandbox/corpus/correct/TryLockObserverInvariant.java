// expect: none
// lines:
// about: an auditor polls with tryLock(): when it gets the lock it checks the invariant, when it does not it simply tries later; the movers keep the invariant under the lock, so the audit never fails whatever tryLock returns
import java.util.concurrent.locks.ReentrantLock;

public class TryLockObserverInvariant {
    static final ReentrantLock lock = new ReentrantLock();
    static int left = 10;
    static int right = 10;

    static void move(int n) {
        lock.lock();
        try {
            left -= n;
            right += n;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread m1 = new Thread(() -> move(3));
        Thread m2 = new Thread(() -> move(-2));
        int[] audits = new int[1];
        Thread auditor = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                if (lock.tryLock()) {
                    try {
                        assert left + right == 20 : left + " + " + right;
                        audits[0]++;
                    } finally {
                        lock.unlock();
                    }
                } else {
                    assert lock.isLocked() || true; // busy now: try later
                }
            }
        });
        m1.start();
        m2.start();
        auditor.start();
        m1.join();
        m2.join();
        auditor.join();
        assert left == 9 && right == 11 && audits[0] <= 3;
    }
}
