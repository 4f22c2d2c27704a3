// expect: none
// lines:
// about: the child still sleeps longer, but it waits on a latch that main counts down after publishing: the latch, not the sleep, orders the write before the read
import java.util.concurrent.CountDownLatch;

public class SleepOrderRelianceFixed {
    static volatile int config;
    static final CountDownLatch published = new CountDownLatch(1);

    public static void main(String[] args) throws InterruptedException {
        Thread child = new Thread(() -> {
            try {
                Thread.sleep(1001);
                published.await();
                assert config == 42 : "the child went first: config = " + config;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        child.start();
        Thread.sleep(1000);
        config = 42;
        published.countDown();
        child.join();
    }
}
