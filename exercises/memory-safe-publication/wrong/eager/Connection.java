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

    private static final Connection SHARED = new Connection("db://orders", 250);   // WRONG: created with the class, used or not

    /** The one shared connection, created on first use. */
    static Connection get() {
        return SHARED;
    }

    String url() {
        return url;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }
}
