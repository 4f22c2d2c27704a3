// expect: assertion
// lines: 19, 20
// about: await(1, SECONDS) returns false when the time is up before both workers counted down; the result is ignored and the total read too early
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchAwaitTimeoutIgnored {
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
        done.await(1, TimeUnit.SECONDS);
        assert total.get() == 3 : "read the total before both parts: " + total.get();
    }
}
