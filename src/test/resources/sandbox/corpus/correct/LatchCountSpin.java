// expect: none
// lines:
// about: main spins until getCount() is 0; the workers count with an AtomicInteger, so nothing depends on the latch for ordering
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchCountSpin {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(2);
        AtomicInteger done = new AtomicInteger();
        Thread[] workers = new Thread[2];
        for (int i = 0; i < 2; i++) {
            workers[i] = new Thread(() -> {
                done.incrementAndGet();
                latch.countDown();
            });
            workers[i].start();
        }
        while (latch.getCount() > 0) {
            Thread.onSpinWait();
        }
        assert done.get() == 2 : "done = " + done.get();
        for (Thread w : workers) {
            w.join();
        }
    }
}
