// expect: none
// lines:
// about: workers report completion with countDown() on a CountDownLatch(2) and main blocks in await() instead of spinning on a racy counter
import java.util.concurrent.CountDownLatch;

public class StopFlagLostUpdateFixed {
    static final CountDownLatch finished = new CountDownLatch(2);

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(finished::countDown);
        Thread b = new Thread(finished::countDown);
        a.start();
        b.start();
        finished.await();
    }
}
