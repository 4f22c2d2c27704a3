import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// A plausible wrong fix: shutdownNow() "to make it stop", then wait. But shutdownNow() drops every job still in
// the queue and interrupts the running ones: most jobs never run.
class Batch {

    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Runnable job : jobs) {
            pool.execute(job);
        }
        pool.shutdownNow();
        try {
            return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
