// A plausible mistake: a failed write() is logged and the bytes kept, "it may work next time".
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.util.Iterator;

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
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();                          // the selector never removes a handled key itself
                    if (!key.isValid()) continue;
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        if (key.isReadable()) read(key);
                        if (key.isValid() && key.isWritable()) write(key);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("upper-loop stopped: " + e);
        }
    }

    private void accept() throws IOException {
        SocketChannel client = listener.accept();
        if (client == null) return;                          // nobody after all
        client.configureBlocking(false);
        client.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(4096));
    }

    private void read(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        ByteBuffer buf = (ByteBuffer) key.attachment();      // filling mode between events
        int n;
        try {
            n = client.read(buf);
        } catch (IOException e) {                            // reset by the peer: drop this client only
            client.close();
            return;
        }
        if (n == -1) {                                       // end of stream: close, or the key stays readable
            client.close();
            return;
        }
        for (int i = buf.position() - n; i < buf.position(); i++) {
            byte b = buf.get(i);
            if (b >= 'a' && b <= 'z') buf.put(i, (byte) (b - 'a' + 'A'));
        }
        write(key);
    }

    /** Writes what the buffer holds; what does not fit waits for OP_WRITE. */
    private void write(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        ByteBuffer buf = (ByteBuffer) key.attachment();
        buf.flip();
        try {
            client.write(buf);
        } catch (IOException e) {
            System.err.println("write failed, will retry: " + e);
        }
        buf.compact();
        if (buf.position() > 0) {                            // some left: stop reading, wait until writable
            key.interestOps(SelectionKey.OP_WRITE);
        } else {                                             // all sent: read again, and never spin on OP_WRITE
            key.interestOps(SelectionKey.OP_READ);
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
