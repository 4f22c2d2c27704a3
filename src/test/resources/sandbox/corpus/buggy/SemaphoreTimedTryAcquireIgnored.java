// expect: assertion
// lines: 13, 19
// about: the result of the timed tryAcquire is ignored: when the other thread holds the permit longer than 5 ms, this one goes in anyway (and then releases a permit it never had)
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

public class SemaphoreTimedTryAcquireIgnored {
    static final Semaphore permit = new Semaphore(1);
    static int count;

    static void increment() {
        try {
            permit.tryAcquire(5, TimeUnit.MILLISECONDS);
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
        Thread a = new Thread(SemaphoreTimedTryAcquireIgnored::increment);
        Thread b = new Thread(SemaphoreTimedTryAcquireIgnored::increment);
        a.start();
        b.start();
        a.join();
        b.join();
        assert count == 2 : "count = " + count;
    }
}
