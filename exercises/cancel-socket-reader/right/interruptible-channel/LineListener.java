import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

final class LineListener implements AutoCloseable {

    private final SocketChannel channel;
    private final Consumer<String> onLine;
    private final Thread reader;

    // A SocketChannel is an interruptible channel: interrupting a thread blocked reading it closes it, and the
    // read ends with ClosedByInterruptException.
    LineListener(String host, int port, Consumer<String> onLine) throws IOException {
        this.onLine = onLine;
        channel = SocketChannel.open(new InetSocketAddress(host, port));
        reader = Thread.ofPlatform().name("line-reader").unstarted(this::readLines);
        reader.start();
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            // closed by close()'s interrupt, or the connection broke
        }
    }

    @Override
    public void close() throws InterruptedException {
        reader.interrupt();
        reader.join();
        try {
            channel.close();
        } catch (IOException e) {
            System.err.println("closing the channel: " + e);
        }
    }
}
