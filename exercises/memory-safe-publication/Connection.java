import java.util.concurrent.atomic.AtomicInteger;

class Connection {

    static final AtomicInteger opened = new AtomicInteger();   // how many were ever created

    private static Connection shared;

    private String url;
    private int timeoutMillis;

    private Connection(String url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
        opened.incrementAndGet();
    }

    /** The one shared connection, created on first use. */
    static Connection get() {
        if (shared == null) {                          // fast path: no lock once it exists
            synchronized (Connection.class) {
                if (shared == null) {
                    shared = new Connection("db://orders", 250);
                }
            }
        }
        return shared;
    }

    String url() {
        return url;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }
}
