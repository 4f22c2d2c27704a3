import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

final class ReverseServer implements AutoCloseable {
    private final Selector selector = Selector.open();
    private final ServerSocketChannel listener = ServerSocketChannel.open();
    private volatile boolean running = true;
    private final Thread loopThread;

    ReverseServer() throws IOException {
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        loopThread = Thread.ofPlatform().name("reverse-loop").unstarted(this::loop);
        loopThread.start();   // last: the loop sees every field set above, and the class is final
    }

    int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    /** One connection's state: replies not yet sent, and the characters of a line not yet ended. */
    private static final class Connection {
        final Deque<ByteBuffer> out = new ArrayDeque<>();
        // stateful: the first bytes of a character cut between reads wait inside it for the rest
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        final ByteBuffer undecoded = ByteBuffer.allocate(8192);
        final StringBuilder text = new StringBuilder();
    }

    /** Reads what a client sent and answers every line it completes, in order. */
    private void read(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        Connection c = (Connection) key.attachment();
        if (client.read(c.undecoded) == -1) {
            client.close();
            return;
        }
        c.undecoded.flip();
        CharBuffer chars = CharBuffer.allocate(c.undecoded.remaining() + 1);
        c.decoder.decode(c.undecoded, chars, false);
        c.undecoded.compact();                     // keeps the bytes of an unfinished character
        c.text.append(chars.flip());
        for (int end = c.text.indexOf("\n"); end >= 0; end = c.text.indexOf("\n")) {
            String line = c.text.substring(0, end);
            c.text.delete(0, end + 1);
            send(key, new StringBuilder(line).reverse().toString());
        }
    }

    // ---- the rest works; leave it as it is ----

    private void send(SelectionKey key, String reply) {
        Connection c = (Connection) key.attachment();
        c.out.add(ByteBuffer.wrap((reply + "\n").getBytes(StandardCharsets.UTF_8)));
        key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
    }

    private void loop() {
        try {
            while (running) {
                selector.select();
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    try {
                        if (key.isAcceptable()) accept();
                        if (key.isValid() && key.isReadable()) read(key);
                        if (key.isValid() && key.isWritable()) write(key);
                    } catch (IOException e) {
                        key.channel().close();
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("reverse-loop stopped: " + e);
        }
    }

    private void accept() throws IOException {
        SocketChannel client = listener.accept();
        if (client == null) return;
        client.configureBlocking(false);
        client.register(selector, SelectionKey.OP_READ, new Connection());
    }

    private void write(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        Connection c = (Connection) key.attachment();
        while (!c.out.isEmpty()) {
            client.write(c.out.peek());
            if (c.out.peek().hasRemaining()) return;        // the socket is full: wait for OP_WRITE again
            c.out.remove();
        }
        key.interestOps(SelectionKey.OP_READ);
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
