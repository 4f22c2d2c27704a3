// expect: assertion
// lines: 14, 17
// about: release() in the body and again in finally; every pass adds a permit, so later threads enter the one-permit section together
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class SemaphoreOverRelease {
    static final Semaphore permit = new Semaphore(1);
    static final AtomicInteger inside = new AtomicInteger();

    static void work() {
        permit.acquireUninterruptibly();
        try {
            int now = inside.incrementAndGet();
            assert now <= 1 : now + " threads inside a 1-permit section";
            inside.decrementAndGet();
            permit.release();
        } finally {
            permit.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(SemaphoreOverRelease::work);
        Thread b = new Thread(SemaphoreOverRelease::work);
        Thread c = new Thread(SemaphoreOverRelease::work);
        a.start();
        b.start();
        c.start();
        a.join();
        b.join();
        c.join();
    }
}
