import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

class ConnectionLimit {
    private final Semaphore connections;

    ConnectionLimit(int max) {
        connections = new Semaphore(max);
    }

    /** A place taken from the semaphore, given back by close(). */
    private record Permit(Semaphore from) implements AutoCloseable {
        static Permit take(Semaphore from) throws InterruptedException {
            from.acquire();
            return new Permit(from);
        }

        @Override
        public void close() {
            from.release();
        }
    }

    <T> T withConnection(Callable<T> query) throws Exception {
        try (var permit = Permit.take(connections)) {
            return query.call();
        }
    }
}
