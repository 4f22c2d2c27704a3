import java.net.Socket;
import java.nio.charset.StandardCharsets;

final class LineListener implements AutoCloseable {

    private final Socket socket;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    // Connects and starts a thread that collects every line the server sends.
    LineListener(String host, int port) throws IOException {
        socket = new Socket(host, port);
        reader = Thread.ofPlatform().name("line-reader").unstarted(this::readLines);
        reader.start();                      // last: the reader sees every field set above
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the connection broke, or close() closed it: either way, stop reading
        }
    }

    // The lines received so far.
    List<String> lines() {
        return List.copyOf(lines);
    }

    // Stops listening: returns once the reader thread has ended, even if the server never sends another byte.
    @Override
    public void close() throws InterruptedException, IOException {
        socket.shutdownInput();              // the blocked read now sees the end of the stream and returns -1
        reader.join();
        socket.close();
    }
}
