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

    /** Loaded, and so initialized, the first time get() touches it: the JVM makes that thread-safe. */
    private static class Holder {
        static final Connection SHARED = new Connection("db://orders", 250);
    }

    /** The one shared connection, created on first use. */
    static Connection get() {
        return Holder.SHARED;
    }

    String url() {
        return url;
    }

    int timeoutMillis() {
        return timeoutMillis;
    }
}
