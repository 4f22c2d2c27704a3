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

    private static final ConcurrentHashMap<String, Connection> BY_URL = new ConcurrentHashMap<>();

    static Connection get() {
        Connection known = BY_URL.get("db://orders");
        if (known != null) {
            return known;
        }
        return BY_URL.computeIfAbsent("db://orders", url -> new Connection(url, 250));
    }
}
