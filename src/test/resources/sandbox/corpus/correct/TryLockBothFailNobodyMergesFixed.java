// expect: none
// lines:
// about: a worker whose tryLock() fails lets go of its own lock and takes both in one global order, so it merges itself instead of trusting the other worker to
import java.util.concurrent.locks.ReentrantLock;

public class TryLockBothFailNobodyMergesFixed {
    static final ReentrantLock left = new ReentrantLock();
    static final ReentrantLock right = new ReentrantLock();
    static int merged;

    static void work(ReentrantLock mine, ReentrantLock other) {
        mine.lock();
        try {
            if (other.tryLock()) {
                try {
                    merged++;
                    return;
                } finally {
                    other.unlock();
                }
            }
        } finally {
            mine.unlock();
        }
        left.lock(); // left before right for everyone: no cycle
        try {
            right.lock();
            try {
                merged++;
            } finally {
                right.unlock();
            }
        } finally {
            left.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> work(left, right));
        Thread b = new Thread(() -> work(right, left));
        a.start();
        b.start();
        a.join();
        b.join();
        assert merged == 2 : "merged " + merged;
    }
}
