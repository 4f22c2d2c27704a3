import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// A plausible wrong fix: shutdown() and awaitTermination() — right when all goes well. But after a timeout (or an
// interrupt) it just returns: the slow job keeps running on a pool nobody will ever stop.
class Batch {

    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Runnable job : jobs) {
            pool.execute(job);
        }
        pool.shutdown();
        try {
            return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
