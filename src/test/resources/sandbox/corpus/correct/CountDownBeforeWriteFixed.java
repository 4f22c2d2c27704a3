// expect: none
// lines:
// about: the worker writes, then counts down: countDown happens before the await that it releases, so main sees the result
import java.util.concurrent.CountDownLatch;

public class CountDownBeforeWriteFixed {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            result = 42;
            done.countDown();
        });
        worker.start();
        done.await();
        assert result == 42 : "read before the worker wrote: " + result;
        worker.join();
    }
}
