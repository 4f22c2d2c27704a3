// expect: none
// lines:
// about: a waiter with a deadline loops on awaitNanos until the flag is set or its time is used up; it reports "ready" only with the value seen under the lock, and a timeout is an allowed outcome (the setter may be slow)
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ConditionAwaitNanosDeadline {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition ready = lock.newCondition();
    static int value;
    static boolean set;

    public static void main(String[] args) throws InterruptedException {
        int[] seen = {-1};
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                long nanos = TimeUnit.MILLISECONDS.toNanos(50);
                while (!set) {
                    if (nanos <= 0) {
                        return; // timed out: nothing seen
                    }
                    nanos = ready.awaitNanos(nanos);
                }
                seen[0] = value;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        waiter.start();
        lock.lock();
        try {
            value = 42;
            set = true;
            ready.signal();
        } finally {
            lock.unlock();
        }
        waiter.join();
        assert seen[0] == -1 || seen[0] == 42 : "seen " + seen[0];
    }
}
