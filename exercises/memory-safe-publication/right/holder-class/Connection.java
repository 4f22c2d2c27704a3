import java.util.concurrent.atomic.AtomicInteger;

class Connection {

    static final AtomicInteger opened = new AtomicInteger();   // how many were ever created


    private String url;
    private int timeoutMillis;

    private Connection(String url, int timeoutMillis) {
        this.url = url;
        this.timeoutMillis = timeoutMillis;
        opened.incrementAndGet();
    }

    // The JVM initializes Holder on its first use, once, and publishes what its initializer wrote.
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
