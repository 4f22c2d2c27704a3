import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class DownloadLimiter {

    private final Semaphore permits;

    DownloadLimiter(int maxAtOnce) {
        permits = new Semaphore(maxAtOnce);
    }

    // Runs the download, with at most maxAtOnce downloads running at the same time; returns what it returned.
    <T> T fetch(Callable<T> download) throws Exception {
        boolean acquired = false;
        try {
            permits.acquire();
            acquired = true;
            return download.call();
        } finally {
            if (acquired) {
                permits.release();
            }
        }
    }
}
