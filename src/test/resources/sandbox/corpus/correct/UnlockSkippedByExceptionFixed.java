// expect: none
// lines:
// about: unlock() is in a finally block right after lock(), so the lock is released even when parseInt throws
import java.util.concurrent.locks.ReentrantLock;

public class UnlockSkippedByExceptionFixed {
    static final ReentrantLock lock = new ReentrantLock();
    static int total;

    static void handle(String input) {
        try {
            lock.lock();
            try {
                total += Integer.parseInt(input);
            } finally {
                lock.unlock();
            }
        } catch (NumberFormatException e) {
            // bad input is ignored, and the lock has already been released
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread good = new Thread(() -> handle("1"));
        Thread bad = new Thread(() -> handle("one"));
        good.start();
        bad.start();
        good.join();
        bad.join();
        assert total == 1 : "total = " + total;
    }
}
