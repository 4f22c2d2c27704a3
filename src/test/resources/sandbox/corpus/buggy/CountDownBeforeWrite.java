// expect: assertion
// lines: 12, 17
// about: the worker counts down before it writes the result; main's await() can return in between and read the old value
import java.util.concurrent.CountDownLatch;

public class CountDownBeforeWrite {
    static volatile int result;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            done.countDown();
            result = 42;
        });
        worker.start();
        done.await();
        assert result == 42 : "read before the worker wrote: " + result;
        worker.join();
    }
}
