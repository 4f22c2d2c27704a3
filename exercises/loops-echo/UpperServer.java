import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;

final class UpperServer implements AutoCloseable {
    private final Selector selector = Selector.open();
    private final ServerSocketChannel listener = ServerSocketChannel.open();
    private volatile boolean running = true;
    private final Thread loopThread;

    UpperServer() throws IOException {
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        loopThread = Thread.ofPlatform().name("upper-loop").unstarted(this::loop);
        loopThread.start();   // last: the loop sees every field set above, and the class is final
    }

    int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    /** The event loop: the only thread that touches the selector and the channels. */
    private void loop() {
        try {
            while (running) {
                selector.select();
                // TODO: handle every ready key: accept new clients, read what a client sent,
                // send it back in upper case, and close clients that have gone.
                throw new UnsupportedOperationException("TODO: your code");
            }
        } catch (IOException e) {
            System.err.println("upper-loop stopped: " + e);
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        selector.wakeup();
        loopThread.join(2000);
        for (SelectionKey key : selector.keys()) key.channel().close();
        selector.close();
    }
}
