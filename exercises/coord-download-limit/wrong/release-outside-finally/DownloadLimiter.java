import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class DownloadLimiter {

    private final Semaphore permits;

    DownloadLimiter(int maxAtOnce) {
        permits = new Semaphore(maxAtOnce);
    }

    // Runs the download, with at most maxAtOnce downloads running at the same time; returns what it returned.
    <T> T fetch(Callable<T> download) throws Exception {
        permits.acquire();
        T page;
        try {
            page = download.call();
        } catch (IOException e) {
            permits.release();               // a failed download gives its permit back
            throw e;
        }
        permits.release();
        return page;
    }
}
