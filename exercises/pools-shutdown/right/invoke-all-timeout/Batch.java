import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class Batch {
    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Object>> tasks = jobs.stream().map(Executors::callable).toList();
            // invokeAll with a timeout cancels (and so interrupts) whatever has not finished in time
            List<Future<Object>> done = pool.invokeAll(tasks, timeout.toNanos(), TimeUnit.NANOSECONDS);
            return done.stream().noneMatch(Future::isCancelled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pool.shutdownNow();
        }
    }
}
