// expect: none
// lines:
// about: each acquire() is matched by exactly one release() in finally, so at most one thread is ever inside
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class SemaphoreOverReleaseFixed {
    static final Semaphore permit = new Semaphore(1);
    static final AtomicInteger inside = new AtomicInteger();

    static void work() {
        permit.acquireUninterruptibly();
        try {
            int now = inside.incrementAndGet();
            assert now <= 1 : now + " threads inside a 1-permit section";
            inside.decrementAndGet();
        } finally {
            permit.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(SemaphoreOverReleaseFixed::work);
        Thread b = new Thread(SemaphoreOverReleaseFixed::work);
        Thread c = new Thread(SemaphoreOverReleaseFixed::work);
        a.start();
        b.start();
        c.start();
        a.join();
        b.join();
        c.join();
        assert permit.availablePermits() == 1 : "permits = " + permit.availablePermits();
    }
}
