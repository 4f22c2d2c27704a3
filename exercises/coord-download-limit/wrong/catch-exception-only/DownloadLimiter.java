import java.util.concurrent.*;

class DownloadLimiter {
    private final Semaphore permits;
    DownloadLimiter(int maxAtOnce) { permits = new Semaphore(maxAtOnce); }
    <T> T fetch(Callable<T> download) throws Exception {
        permits.acquire();
        T page;
        try {
            page = download.call();
        } catch (Exception e) {
            permits.release();
            throw e;
        }
        permits.release();
        return page;
    }
}
