import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

class Connection {

    static final AtomicInteger opened = new AtomicInteger();   // how many were ever created

    private final String url;
    private final int timeoutMillis;

    private Connection(String url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
        opened.incrementAndGet();
    }

    private static final AtomicReference<Connection> SHARED = new AtomicReference<>();
    private static final Object CREATING = new Object();

    static Connection get() {
        Connection existing = SHARED.get();
        if (existing != null) {
            return existing;
        }
        synchronized (CREATING) {
            if (SHARED.get() == null) {
                SHARED.set(new Connection("db://orders", 250));
            }
            return SHARED.get();
        }
    }

    String url() {
        return url;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }
}
