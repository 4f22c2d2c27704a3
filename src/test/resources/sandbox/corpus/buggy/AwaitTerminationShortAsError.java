// expect: exception
// lines: 17
// about: awaitTermination(100 ms) running out is treated as an error, but a worker that is only slow for 100 ms is no error: the wait ends first and main throws
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class AwaitTerminationShortAsError {
    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger count = new AtomicInteger();
        pool.execute(count::incrementAndGet);
        pool.execute(count::incrementAndGet);
        pool.shutdown();
        if (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the pool did not end within 100 ms");
        }
        assert count.get() == 2 : "count = " + count.get();
    }
}
