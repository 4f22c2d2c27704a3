import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

class Batch {

    // Each job counts itself down when it ends, however it ends; the caller waits on the count, not on the pool.
    static boolean runAll(List<Runnable> jobs, int threads, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch left = new CountDownLatch(jobs.size());
        boolean allFinished = false;
        try {
            for (Runnable job : jobs) {
                pool.execute(() -> {
                    try {
                        job.run();
                    } finally {
                        left.countDown();
                    }
                });
            }
            pool.shutdown();
            allFinished = left.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return allFinished;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (!allFinished) {
                pool.shutdownNow();   // too slow, or our caller wants us to stop: drop the queue, interrupt the rest
            }
        }
    }
}
