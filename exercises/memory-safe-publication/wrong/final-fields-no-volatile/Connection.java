import java.util.concurrent.atomic.AtomicInteger;

// A plausible half-fix: the fields are final (the object is immutable), but shared is still read twice without
// a happens-before: the second read, `return shared`, may see an older value — null.
class Connection {

    static final AtomicInteger opened = new AtomicInteger();   // how many were ever created

    private static Connection shared;

    private final String url;
    private final int timeoutMillis;

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
