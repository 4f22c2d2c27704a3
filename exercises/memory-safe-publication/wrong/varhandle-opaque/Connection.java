import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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

    private static final VarHandle SHARED;
    static {
        try {
            SHARED = MethodHandles.lookup().findStaticVarHandle(Connection.class, "shared", Connection.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The one shared connection, created on first use. */
    static Connection get() {
        Connection c = (Connection) SHARED.getOpaque();       // never a stale value, never a torn one
        if (c == null) {
            synchronized (Connection.class) {
                c = (Connection) SHARED.getOpaque();
                if (c == null) {
                    c = new Connection("db://orders", 250);
                    SHARED.setOpaque(c);
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
