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
    private static volatile boolean ready;   // written after shared: reading it true makes shared visible

    static Connection get() {
        if (!ready) {
            synchronized (Connection.class) {
                if (!ready) {
                    shared = new Connection("db://orders", 250);
                    ready = true;
                }
            }
        }
        return shared;
    }
}
