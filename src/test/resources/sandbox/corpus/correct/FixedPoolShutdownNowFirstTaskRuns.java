// expect: none
// lines:
// about: a pool's worker starts with its first task in hand (not queued): shutdownNow() returns only the queued ones, and the first task runs, interrupted
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

public class FixedPoolShutdownNowFirstTaskRuns {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean firstRan = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.execute(() -> {
            firstRan.set(true);
            try {
                never.await();
            } catch (InterruptedException e) {
                // stopped by shutdownNow
            }
        });
        pool.execute(() -> {
            throw new AssertionError("a queued task ran after shutdownNow");
        });
        List<Runnable> queued = pool.shutdownNow();
        assert queued.size() == 1 : queued.size() + " queued task(s) returned";
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert firstRan.get() : "the first task never ran";
    }
}
