// expect: none
// lines:
// about: awaitTermination of a minute, given in NANOSECONDS, running out is treated as an error; the worker sleeps 100 ms, and a minute (10 s or more) ends only when no thread can run (the sandbox once bounded the timeout in its own unit: 86.4 ms, before the sleep ended)
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

public class AwaitTerminationNanosTimeout {
    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        AtomicBoolean done = new AtomicBoolean();
        pool.execute(() -> {
            try {
                Thread.sleep(100);
                done.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pool.shutdown();
        if (!pool.awaitTermination(TimeUnit.MINUTES.toNanos(1), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the pool did not end within a minute");
        }
        assert done.get();
    }
}
