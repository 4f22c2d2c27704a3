// expect: none
// lines:
// about: the latch count equals the number of workers, so await() returns only after both have added
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchTooSmallFixed {
    static final AtomicInteger sum = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
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
