import com.sun.net.httpserver.*;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

/** What the /work endpoint has done so far. Handler threads call these methods concurrently. */
class WorkStats {
    /** One consistent state, replaced as a whole. */
    private record Snapshot(int requests, int inFlight, long slowestMillis) {
        Snapshot start() {
            return new Snapshot(requests, inFlight + 1, slowestMillis);
        }

        Snapshot finish(long millis) {
            return new Snapshot(requests + 1, inFlight - 1, Math.max(slowestMillis, millis));
        }
    }

    private final AtomicReference<Snapshot> state = new AtomicReference<>(new Snapshot(0, 0, 0));

    void started() {
        state.updateAndGet(Snapshot::start);
    }

    void finished(long millis) {
        state.updateAndGet(s -> s.finish(millis));
    }

    String json() {
        Snapshot s = state.get();
        return "{\"requests\":" + s.requests() + ",\"inFlight\":" + s.inFlight()
                + ",\"slowestMillis\":" + s.slowestMillis() + "}";
    }
}

class StatsServer {
    private final WorkStats stats = new WorkStats();
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;

    StatsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/work", reportingErrors(this::work));
        server.createContext("/stats", reportingErrors(this::stats));
        server.setExecutor(handlers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** GET /work?ms=N works for N milliseconds and answers "worked N ms". */
    private void work(HttpExchange exchange) throws IOException {
        long millis = Long.parseLong(exchange.getRequestURI().getQuery().substring("ms=".length()));
        stats.started();
        boolean interrupted = false;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        stats.finished(millis);
        System.err.println("/work " + millis + " ms done" + (interrupted ? " (interrupted)" : ""));
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, 200, "text/plain", "worked " + millis + " ms\n");
    }

    /** GET /stats answers stats.json() as application/json. */
    private void stats(HttpExchange exchange) throws IOException {
        String body = stats.json();
        respond(exchange, 200, "application/json", body);
    }

    /** If a handler throws, the client gets a 500 and the stack trace goes to System.err. */
    private static HttpHandler reportingErrors(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException | IOException e) {
                e.printStackTrace();
                try {
                    respond(exchange, 500, "text/plain", e + "\n");
                } catch (IOException | RuntimeException alreadyAnswered) {
                    exchange.close();
                }
            }
        };
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void stop() {
        server.stop(1);
        handlers.close();
    }
}
