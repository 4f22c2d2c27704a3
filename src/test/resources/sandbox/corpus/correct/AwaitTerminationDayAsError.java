// expect: none
// lines:
// about: awaitTermination(1, DAYS) running out is treated as an error: a timeout of 10 s or more never ends while a worker can still run (no thread is taken to be that slow), so the two tasks always end first
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class AwaitTerminationDayAsError {
    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger count = new AtomicInteger();
        pool.execute(count::incrementAndGet);
        pool.execute(count::incrementAndGet);
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
            throw new IllegalStateException("the pool did not end within a day");
        }
        assert count.get() == 2 : "count = " + count.get();
    }
}
