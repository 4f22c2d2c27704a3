// expect: none
// lines:
// about: the timed await is repeated until it returns true, i.e. until both workers have counted down
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchAwaitTimeoutIgnoredFixed {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger total = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2);
        for (int i = 1; i <= 2; i++) {
            int part = i;
            new Thread(() -> {
                total.addAndGet(part);
                done.countDown();
            }).start();
        }
        while (!done.await(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
        assert total.get() == 3 : "read the total before both parts: " + total.get();
    }
}
