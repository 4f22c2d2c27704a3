import java.util.concurrent.*;

class DownloadLimiter {
    private final Semaphore permits;
    DownloadLimiter(int maxAtOnce) { permits = new Semaphore(maxAtOnce); }
    private AutoCloseable permit() throws InterruptedException {
        permits.acquire();
        return permits::release;
    }
    <T> T fetch(Callable<T> download) throws Exception {
        try (AutoCloseable held = permit()) {
            return download.call();
        }
    }
}
