// expect: none
// lines:
// about: await(30, SECONDS) returning false is treated as an error; a timeout of 10 s or more ends only when no worker can run, so both workers have counted down by then
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchAwaitTimeoutIgnoredFixedLongTimeout {
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
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the workers did not finish within 30 s");
        }
        assert total.get() == 3 : "read the total before both parts: " + total.get();
    }
}
