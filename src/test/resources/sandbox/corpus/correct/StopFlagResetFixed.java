// expect: none
// lines:
// about: the stop request is a CountDownLatch: countDown() is sticky and nothing can reset it, and the worker blocks in await() instead of spinning
import java.util.concurrent.CountDownLatch;

public class StopFlagResetFixed {
    static final CountDownLatch stop = new CountDownLatch(1);

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        worker.start();
        stop.countDown();
        worker.join();
    }
}
