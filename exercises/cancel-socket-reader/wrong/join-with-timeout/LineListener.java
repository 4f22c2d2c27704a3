import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

final class LineListener implements AutoCloseable {

    private final Socket socket;
    private final Consumer<String> onLine;
    private final Thread reader;

    // Connects and starts a thread that hands every line the server sends to onLine, in order.
    LineListener(String host, int port, Consumer<String> onLine) throws IOException {
        this.onLine = onLine;
        socket = new Socket(host, port);
        reader = Thread.ofPlatform().name("line-reader").unstarted(this::readLines);
        reader.start();                      // last: the reader sees every field set above
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            // the connection broke, or close() closed it: either way, stop reading
        }
    }

    // Stops listening: returns once the reader thread has ended (a line being handled is handled to the end),
    // even if the server never sends another byte.
    @Override
    public void close() throws InterruptedException {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        reader.join(2000);                   // never hang the application on a stuck handler
    }
}
