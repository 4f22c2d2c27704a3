// expect: none
// lines:
// about: latch.await(Long.MAX_VALUE, MILLISECONDS) after a sleep: a JVM waits for ever, so it returns true once the worker counts down; the deadline must saturate, not overflow into the past
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public class LongMaxLatchAwait {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            result = 42;
            done.countDown();
        });
        worker.start();
        boolean opened = done.await(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
        assert opened : "await(Long.MAX_VALUE) returned before the latch opened";
        assert result == 42 : "result = " + result;
    }
}
