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
                selector.select(this::handle);   // the consumer form: no selected-key set to clear
            }
        } catch (IOException e) {
            System.err.println("upper-loop stopped: " + e);
        }
    }

    private void handle(SelectionKey key) {
        try {
            if (key.isAcceptable()) {
                acceptAll();
                return;
            }
            if (key.isReadable()) {
                echo(key);
            }
            if (key.isValid() && key.isWritable()) {
                flush(key);
            }
        } catch (IOException e) {   // a reset client: only its own connection ends
            dropClient(key);
        }
    }

    private void acceptAll() throws IOException {
        for (SocketChannel client = listener.accept(); client != null; client = listener.accept()) {
            client.configureBlocking(false);
            client.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(16 * 1024));
        }
    }

    // one buffer per client: while part of it is unsent, the client is not read (it waits on OP_WRITE instead)
    private void echo(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        ByteBuffer buffer = (ByteBuffer) key.attachment();
        if (client.read(buffer) == -1) {
            dropClient(key);
            return;
        }
        buffer.flip();
        for (int i = buffer.position(); i < buffer.limit(); i++) {
            byte b = buffer.get(i);
            if (b >= 'a' && b <= 'z') {
                buffer.put(i, (byte) (b - 'a' + 'A'));
            }
        }
        flush(key);
    }

    private void flush(SelectionKey key) throws IOException {
        ByteBuffer buffer = (ByteBuffer) key.attachment();
        ((SocketChannel) key.channel()).write(buffer);
        if (buffer.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
        } else {
            buffer.clear();
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private static void dropClient(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            System.err.println("closing a client: " + e);
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
