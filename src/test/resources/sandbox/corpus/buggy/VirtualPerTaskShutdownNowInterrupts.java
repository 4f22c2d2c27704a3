// expect: assertion
// lines: 30
// about: shutdownNow() right after opening the gate interrupts the tasks too: one that has not passed await() yet throws and its work is lost
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class VirtualPerTaskShutdownNowInterrupts {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                try {
                    go.await();
                    done.incrementAndGet();
                } catch (InterruptedException e) {
                    // cancelled: the work is not done
                }
            });
        }
        go.countDown();
        pool.shutdownNow();
        boolean ended = pool.awaitTermination(1, TimeUnit.DAYS);
        assert ended : "not terminated";
        int finished = done.get();
        assert finished == 2 : finished + " of 2 tasks did their work";
    }
}
