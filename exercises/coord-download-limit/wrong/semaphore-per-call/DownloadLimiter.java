import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class DownloadLimiter {

    private final int maxAtOnce;

    DownloadLimiter(int maxAtOnce) {
        this.maxAtOnce = maxAtOnce;
    }

    // Runs the download, with at most maxAtOnce downloads running at the same time; returns what it returned.
    <T> T fetch(Callable<T> download) throws Exception {
        Semaphore permits = new Semaphore(maxAtOnce);
        permits.acquire();
        try {
            return download.call();
        } finally {
            permits.release();
        }
    }
}
