// expect: none
// lines:
// about: tryAcquire(Long.MAX_VALUE, SECONDS) after a sleep gets the permit another thread releases; it never gives up
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

public class LongMaxSemaphoreTryAcquire {
    static int shared;

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(1);
        Semaphore ready = new Semaphore(0);
        Thread giver = new Thread(() -> {
            shared = 5;
            ready.release();
        });
        giver.start();
        boolean got = ready.tryAcquire(Long.MAX_VALUE, TimeUnit.SECONDS);
        assert got : "tryAcquire(Long.MAX_VALUE) gave up";
        assert shared == 5 : "shared = " + shared;
    }
}
