import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

class Batch {

    // Runs every job on a new pool of `threads` threads and waits for them.
    // Returns true if all jobs finished within `timeout`. Otherwise stops the pool — jobs still queued are
    // dropped, running ones are interrupted — and returns false.
    // If the calling thread is interrupted while it waits, it stops the pool the same way, keeps the thread's
    // interrupt flag set, and returns false.
    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Runnable job : jobs) {
            pool.execute(job);
        }
        pool.shutdown();                 // no new jobs; the queued ones still run. It does not wait!
        try {
            if (pool.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS)) {
                return true;             // every job finished, every worker has stopped
            }
            pool.shutdownNow();          // too slow: drop the queue, interrupt the running jobs
            return false;
        } catch (InterruptedException e) {
            pool.shutdownNow();          // our caller wants us to stop: so do the jobs
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
