import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class ConnectionLimit {
    private final Semaphore permits;

    ConnectionLimit(int max) {
        permits = new Semaphore(max, true); // fair: the longest waiter goes first
    }

    <T> T withConnection(Callable<T> query) throws Exception {
        boolean acquired = false;
        try {
            permits.acquire();
            acquired = true;
            return query.call();
        } finally {
            if (acquired) {
                permits.release();
            }
        }
    }
}
