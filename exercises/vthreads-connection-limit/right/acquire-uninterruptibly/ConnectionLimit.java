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
        permits.acquireUninterruptibly();
        try {
            return query.call();
        } finally {
            permits.release();
        }
    }
}
