// expect: none
// lines:
// about: newVirtualThreadPerTaskExecutor starts a thread per task, so shutdownNow() returns an empty list and every submitted task runs (interrupted, it learns of it in await)
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class VirtualPerTaskShutdownNowRunsEvery {
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> {
                started.incrementAndGet();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                }
            });
        }
        List<Runnable> left = pool.shutdownNow();
        assert left.isEmpty() : left.size() + " task(s) returned by shutdownNow()";
        assert pool.awaitTermination(1, TimeUnit.DAYS) : "not terminated";
        assert started.get() == 3 : "only " + started.get() + " task(s) ran";
        assert interrupted.get() == 3 : interrupted.get() + " task(s) interrupted";
    }
}
