import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

class ConnectionLimit {
    private final Semaphore free;

    ConnectionLimit(int max) {
        free = new Semaphore(max);
    }

    <T> T withConnection(Callable<T> query) throws Exception {
        while (!free.tryAcquire(5, TimeUnit.SECONDS)) {
            System.getLogger("db").log(System.Logger.Level.DEBUG, "still waiting for a connection");
        }
        try {
            return query.call();
        } finally {
            free.release();
        }
    }
}
