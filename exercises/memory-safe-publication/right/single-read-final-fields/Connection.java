import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentHashMap;

class Connection {

    static final AtomicInteger opened = new AtomicInteger();

    private final String url;
    private final int timeoutMillis;

    private Connection(String url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
        opened.incrementAndGet();
    }

    String url() {
        return url;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }

    private static Connection shared;

    static Connection get() {
        Connection local = shared;          // ONE racy read: null, or a connection whose final fields are set
        if (local == null) {
            synchronized (Connection.class) {
                local = shared;
                if (local == null) {
                    local = new Connection("db://orders", 250);
                    shared = local;
                }
            }
        }
        return local;
    }
}
