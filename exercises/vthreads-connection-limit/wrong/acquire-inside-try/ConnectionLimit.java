import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class ConnectionLimit {

    private final Semaphore connections;

    ConnectionLimit(int max) {
        this.connections = new Semaphore(max);
    }

    /** Runs {@code query}, with at most {@code max} queries running at the same time. */
    <T> T withConnection(Callable<T> query) throws Exception {
        try {
            connections.acquire();               // inside the try: "release is always reached"
            return query.call();
        } finally {
            connections.release();               // also when the query throws
        }
    }
}
