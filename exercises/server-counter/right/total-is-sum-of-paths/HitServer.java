import com.sun.net.httpserver.*;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts requests: in total and per path. Handler threads call hit() concurrently. */
class HitCounter {
    private final ConcurrentHashMap<String, AtomicInteger> byPath = new ConcurrentHashMap<>();

    void hit(String path) {
        byPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    int total() {
        int sum = 0;
        for (AtomicInteger count : byPath.values()) {
            sum += count.get();
        }
        return sum;
    }

    int hitsOf(String path) {
        AtomicInteger count = byPath.get(path);
        return count == null ? 0 : count.get();
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
