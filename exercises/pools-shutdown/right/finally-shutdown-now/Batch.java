import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

class Batch {
    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        boolean finished = false;
        try {
            jobs.forEach(pool::submit);
            pool.shutdown();
            finished = pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!finished) {
                pool.shutdownNow();
            }
        }
        return finished;
    }
}
