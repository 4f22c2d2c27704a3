import com.sun.net.httpserver.*;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Counts requests: in total and per path. Handler threads call hit() concurrently. */
class HitCounter {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int total;
    private final Map<String, Integer> byPath = new HashMap<>();

    void hit(String path) {
        Objects.requireNonNull(path, "path");
        lock.writeLock().lock();
        try {
            total += 1;
            byPath.merge(path, 1, Integer::sum);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int total() {
        lock.readLock().lock();
        try {
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    int hitsOf(String path) {
        lock.readLock().lock();
        try {
            Integer hits = byPath.get(path);
            return hits == null ? 0 : hits;
        } finally {
            lock.readLock().unlock();
        }
    }
}

/** Answers every request with 204 No Content, and counts it. Leave this class as it is. */
class HitServer {
    private final HitCounter counter = new HitCounter();
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    HitServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
        server.createContext("/", exchange -> {
            counter.hit(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    HitCounter counter() {
        return counter;
    }

    void stop() {
        server.stop(1);
        handlers.close();
    }
}
