import com.sun.net.httpserver.*;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What the /work endpoint has done so far. Handler threads call these methods concurrently. */
class WorkStats {
    private int requests;           // finished /work requests
    private int inFlight;           // started, not yet finished
    private long slowestMillis;     // the largest ms of a finished request

    /** A /work request has started. */
    synchronized void started() {
        inFlight++;
    }

    /** A /work request that was asked to work {@code millis} ms has finished. */
    synchronized void finished(long millis) {
        inFlight--;
        requests++;
        slowestMillis = Math.max(slowestMillis, millis);
    }

    /** The counts as one JSON object, read together: {"requests":R,"inFlight":F,"slowestMillis":S} */
    synchronized String json() {
        return "{\"requests\":" + requests + ",\"inFlight\":" + inFlight + ",\"slowestMillis\":" + slowestMillis + "}";
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
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, 200, "text/plain", "worked " + millis + " ms\n");
        stats.finished(millis);   // WRONG: after the response
    }

    /** GET /stats answers stats.json() as application/json. */
    private void stats(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json", stats.json());
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
