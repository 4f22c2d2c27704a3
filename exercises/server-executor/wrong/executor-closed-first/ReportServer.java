import com.sun.net.httpserver.*;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class ReportServer {
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();

    ReportServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/report", this::report);
        server.setExecutor(handlers);          // a virtual thread per request: slow requests overlap
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
        handlers.close();                      // first let every running handler finish
        server.stop(1);                        // then stop the server
    }
}
