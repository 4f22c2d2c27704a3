import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /** What one client still has to receive, oldest first. */
    private record Outbox(Deque<ByteBuffer> pending) {
        Outbox() {
            this(new ArrayDeque<>());
        }
    }

    /** The event loop: the only thread that touches the selector and the channels. */
    private void loop() {
        try {
            while (running) {
                selector.select();
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    try {
                        serve(key);
                    } catch (IOException e) {
                        key.cancel();
                        key.channel().close();
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("upper-loop stopped: " + e);
        }
    }

    private void serve(SelectionKey key) throws IOException {
        if (key.isAcceptable()) {
            SocketChannel client = listener.accept();
            if (client != null) {
                client.configureBlocking(false);
                client.register(selector, SelectionKey.OP_READ, new Outbox());
            }
            return;
        }
        SocketChannel client = (SocketChannel) key.channel();
        Outbox outbox = (Outbox) key.attachment();
        if (key.isReadable()) {
            ByteBuffer in = ByteBuffer.allocate(8192);
            int n = client.read(in);
            if (n == -1) {
                key.cancel();
                client.close();
                return;
            }
            in.flip();
            ByteBuffer out = ByteBuffer.allocate(in.remaining());
            while (in.hasRemaining()) {
                byte b = in.get();
                out.put(b >= 'a' && b <= 'z' ? (byte) (b - 32) : b);
            }
            outbox.pending().addLast(out.flip());
        }
        while (!outbox.pending().isEmpty()) {
            ByteBuffer head = outbox.pending().peekFirst();
            client.write(head);
            if (head.hasRemaining()) {
                break;                          // the socket is full: the rest goes when OP_WRITE says so
            }
            outbox.pending().removeFirst();
        }
        // while output is waiting, stop reading: the client's bytes stay in its socket until there is room
        key.interestOps(outbox.pending().isEmpty() ? SelectionKey.OP_READ : SelectionKey.OP_WRITE);
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
