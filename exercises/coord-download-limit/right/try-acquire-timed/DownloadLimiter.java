import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

class DownloadLimiter {

    private final Semaphore permits;

    DownloadLimiter(int maxAtOnce) {
        permits = new Semaphore(maxAtOnce, true);   // fair: the longest-waiting crawler thread goes first
    }

    // Runs the download, with at most maxAtOnce downloads running at the same time; returns what it returned.
    <T> T fetch(Callable<T> download) throws Exception {
        while (!permits.tryAcquire(1, TimeUnit.SECONDS)) {
            System.err.println(Thread.currentThread().getName() + " still waits for a download slot");
        }
        try {
            return download.call();
        } finally {
            permits.release();
        }
    }
}
