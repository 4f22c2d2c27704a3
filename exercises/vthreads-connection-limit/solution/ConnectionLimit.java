import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class ConnectionLimit {

    private final Semaphore connections;

    ConnectionLimit(int max) {
        this.connections = new Semaphore(max);
    }

    /** Runs {@code query}, with at most {@code max} queries running at the same time. */
    <T> T withConnection(Callable<T> query) throws Exception {
        connections.acquire();                   // waits while max queries are inside
        try {
            return query.call();
        } finally {
            connections.release();               // also when the query throws
        }
    }
}
