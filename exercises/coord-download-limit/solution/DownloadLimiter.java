import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class DownloadLimiter {

    private final Semaphore permits;

    DownloadLimiter(int maxAtOnce) {
        permits = new Semaphore(maxAtOnce);
    }

    // Runs the download, with at most maxAtOnce downloads running at the same time; returns what it returned.
    <T> T fetch(Callable<T> download) throws Exception {
        permits.acquire();                   // outside the try: if it throws, there is no permit to give back
        try {
            return download.call();
        } finally {
            permits.release();               // a download that throws still gives its permit back
        }
    }
}
