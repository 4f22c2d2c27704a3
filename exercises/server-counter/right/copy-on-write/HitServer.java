import com.sun.net.httpserver.*;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Counts requests: in total and per path. Handler threads call hit() concurrently. */
class HitCounter {
    private volatile int total;
    private volatile Map<String, Integer> byPath = Map.of();

    synchronized void hit(String path) {
        Map<String, Integer> next = new HashMap<>(byPath);
        next.merge(path, 1, Integer::sum);
        byPath = next;                     // published only once complete; readers take no lock
        total = total + 1;
    }

    int total() {
        return total;
    }

    int hitsOf(String path) {
        return byPath.getOrDefault(path, 0);
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
