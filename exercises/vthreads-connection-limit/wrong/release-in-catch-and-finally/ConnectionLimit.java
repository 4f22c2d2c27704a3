import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class ConnectionLimit {

    private final int max;
    private final Semaphore permits;

    ConnectionLimit(int max) {
        this.max = max;
        this.permits = new Semaphore(max);
    }

    /** Runs {@code query}, with at most {@code max} queries running at the same time. */
    <T> T withConnection(Callable<T> query) throws Exception {
        permits.acquire();
        try {
            return query.call();
        } catch (Exception e) {
            permits.release();           // WRONG: the finally gives it back too: two releases for one acquire
            throw e;
        } finally {
            permits.release();
        }
    }
}
