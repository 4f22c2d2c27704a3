// expect: assertion
// lines: 22, 23
// about: CountDownLatch(1) for two workers; await() returns after the first countDown() and main reads the sum before the second worker adds
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchTooSmall {
    static final AtomicInteger sum = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread a = new Thread(() -> {
            sum.addAndGet(1);
            done.countDown();
        });
        Thread b = new Thread(() -> {
            sum.addAndGet(2);
            done.countDown();
        });
        a.start();
        b.start();
        done.await();
        assert sum.get() == 3 : "read the sum too early: " + sum.get();
    }
}
