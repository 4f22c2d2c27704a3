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
    private final Lock lock = new ReentrantLock();
    private int requests;
    private int inFlight;
    private long slowestMillis;

    void started() {
        lock.lock();
        try {
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    void finished(long millis) {
        if (millis < 0) throw new IllegalArgumentException("negative duration: " + millis);
        lock.lock();
        try {
            requests++;
            inFlight--;
            if (millis > slowestMillis) slowestMillis = millis;
        } finally {
            lock.unlock();
        }
    }

    String json() {
        int r, f;
        long s;
        lock.lock();
        try {
            r = requests;
            f = inFlight;
            s = slowestMillis;
        } finally {
            lock.unlock();
        }
        return new StringBuilder("{\"requests\":").append(r).append(",\"inFlight\":").append(f)
                .append(",\"slowestMillis\":").append(s).append('}').toString();
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
