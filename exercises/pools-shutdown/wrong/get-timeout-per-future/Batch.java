import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

class Batch {

    // Runs every job on a new pool of `threads` threads and waits for them.
    // Returns true if all jobs finished within `timeout`. Otherwise stops the pool — jobs still queued are
    // dropped, running ones are interrupted — and returns false.
    // If the calling thread is interrupted while it waits, it stops the pool the same way, keeps the thread's
    // interrupt flag set, and returns false.
    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable job : jobs) {
            futures.add(pool.submit(job));
        }
        pool.shutdown();                 // no new jobs; the queued ones still run
        try {
            for (Future<?> future : futures) {
                try {
                    future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);   // wait for each job in turn
                } catch (ExecutionException e) {
                    // the job threw: it has finished all the same
                }
            }
            return true;                 // every job finished
        } catch (TimeoutException e) {
            pool.shutdownNow();          // too slow: drop the queue, interrupt the running jobs
            return false;
        } catch (InterruptedException e) {
            pool.shutdownNow();          // our caller wants us to stop: so do the jobs
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
