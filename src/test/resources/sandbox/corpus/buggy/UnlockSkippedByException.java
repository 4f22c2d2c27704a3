// expect: deadlock
// lines: 12
// about: parseInt throws between lock() and unlock(), the exception is swallowed and the lock stays held by a dead thread; a later lock() blocks forever
import java.util.concurrent.locks.ReentrantLock;

public class UnlockSkippedByException {
    static final ReentrantLock lock = new ReentrantLock();
    static int total;

    static void handle(String input) {
        try {
            lock.lock();
            total += Integer.parseInt(input);
            lock.unlock();
        } catch (NumberFormatException e) {
            // bad input is ignored ... but the lock is never released
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
