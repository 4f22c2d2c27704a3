// expect: none
// lines:
// about: each thread waits for the one permit with a timed tryAcquire in a loop and enters only when it returned true: the permit, not the timeout, orders the two increments
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

public class SemaphoreTimedTryAcquire {
    static final Semaphore permit = new Semaphore(1);
    static int count;                                  // plain: only the permit guards it

    static void increment() {
        try {
            while (!permit.tryAcquire(5, TimeUnit.MILLISECONDS)) {
                // still taken: try again
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            count++;
        } finally {
            permit.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(SemaphoreTimedTryAcquire::increment);
        Thread b = new Thread(SemaphoreTimedTryAcquire::increment);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 2 : "count = " + count;
    }
}
