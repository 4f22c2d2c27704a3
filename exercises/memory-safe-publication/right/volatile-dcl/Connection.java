import java.util.concurrent.atomic.AtomicInteger;

class Connection {

    static final AtomicInteger opened = new AtomicInteger();   // how many were ever created

    private final String url;
    private final int timeoutMillis;

    private Connection(String url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
        opened.incrementAndGet();
    }

    private static volatile Connection shared;

    static Connection get() {
        Connection c = shared;          // one volatile read on the fast path
        if (c == null) {
            synchronized (Connection.class) {
                c = shared;
                if (c == null) {
                    shared = c = new Connection("db://orders", 250);
                }
            }
        }
        return c;
    }

    String url() {
        return url;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }
}
