// expect: assertion
// lines: 14, 36
// about: each worker holds its own lock and tries the other's; a failed tryLock() is read as "the other worker holds both and merges", but both can fail before either lets go, and nobody merges
import java.util.concurrent.locks.ReentrantLock;

public class TryLockBothFailNobodyMerges {
    static final ReentrantLock left = new ReentrantLock();
    static final ReentrantLock right = new ReentrantLock();
    static int merged;

    static void work(ReentrantLock mine, ReentrantLock other) {
        mine.lock();
        try {
            if (other.tryLock()) {
                try {
                    merged++;
                } finally {
                    other.unlock();
                }
            }
            // a failed tryLock: the other worker holds its lock, "so it will merge" (it may be failing too)
        } finally {
            mine.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> work(left, right));
        Thread b = new Thread(() -> work(right, left));
        a.start();
        b.start();
        a.join();
        b.join();
        left.lock();
        try {
            assert merged >= 1 : "nobody merged";
        } finally {
            left.unlock();
        }
    }
}
