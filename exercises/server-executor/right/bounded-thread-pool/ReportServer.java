import com.sun.net.httpserver.*;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

class ReportServer {
    private final HttpServer server;
    // Platform threads made on demand, up to 64, each let go after 30 s idle: requests only wait, so each one
    // gets a thread of its own at once, handed over without a queue.
    private final ThreadPoolExecutor handlers =
            new ThreadPoolExecutor(0, 64, 30, TimeUnit.SECONDS, new SynchronousQueue<>());

    ReportServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/report", this::report);
        server.setExecutor(handlers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A slow request: 200 ms of waiting (a database, another service). Do not change it. */
    private void report(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = "report ready\n".getBytes();
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops taking new requests, lets the ones in progress finish (up to 1 s), then releases the threads. */
    void stop() {
        try {
            server.stop(1);
        } finally {
            handlers.shutdown();
            try {
                if (!handlers.awaitTermination(2, TimeUnit.SECONDS)) {
                    handlers.shutdownNow();
                }
            } catch (InterruptedException e) {
                handlers.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
