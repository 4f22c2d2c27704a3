// A plausible mistake: the lookup moves to the pool, and so does the reply, which only the loop may write.
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

final class LookupServer implements AutoCloseable {
    private final Selector selector = Selector.open();
    private final ServerSocketChannel listener = ServerSocketChannel.open();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    /** Work other threads hand to the loop; only the loop thread runs it. */
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private final Thread loopThread;

    LookupServer() throws IOException {
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        loopThread = Thread.ofPlatform().name("lookup-loop").unstarted(this::loop);
        loopThread.start();   // last: the loop sees every field set above, and the class is final
    }

    int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    /** Slow, blocking work — it stands in for a database call. Do not change it. */
    static String lookup(String name) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return name.length() + " letters in " + name;
    }

    /** Called on the loop thread for every complete line a client sends. */
    private void onLine(SelectionKey key, String line) {
        if (line.equals("ping")) {
            send(key, "pong");
        } else if (line.startsWith("lookup ")) {
            String name = line.substring("lookup ".length());
            CompletableFuture.supplyAsync(() -> lookup(name), pool)       // the blocking part: on the pool
                    .thenAccept(reply -> send(key, reply));                 // written from the pool thread
        } else {
            send(key, "unknown command: " + line);
        }
    }

    /** Any thread may call this: the task runs on the loop thread, soon. */
    private void runOnLoop(Runnable task) {
        tasks.add(task);
        selector.wakeup();                  // the loop may be asleep in select(): wake it to see the task
    }

    /** Queues a reply line on a connection. Only the loop thread may call it. Do not change it. */
    void send(SelectionKey key, String reply) {
        if (Thread.currentThread() != loopThread) {
            throw new IllegalStateException("send() called on " + Thread.currentThread().getName()
                    + ": only the loop thread may touch a connection");
        }
        if (!key.isValid()) return;         // the client has gone meanwhile
        Connection c = (Connection) key.attachment();
        c.out.add(ByteBuffer.wrap((reply + "\n").getBytes(StandardCharsets.UTF_8)));
        key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
    }

    // ---- the event loop: framing and writing work; leave them as they are ----

    private static final class Connection {
        final ByteBuffer in = ByteBuffer.allocate(4096);
        final Deque<ByteBuffer> out = new ArrayDeque<>();
    }

    private void loop() {
        try {
            while (running) {
                selector.select();
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
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
            System.err.println("lookup-loop stopped: " + e);
        }
    }

    private void accept() throws IOException {
        SocketChannel client = listener.accept();
        if (client == null) return;
        client.configureBlocking(false);
        client.register(selector, SelectionKey.OP_READ, new Connection());
    }

    private void read(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        Connection c = (Connection) key.attachment();
        if (client.read(c.in) == -1) {
            client.close();
            return;
        }
        c.in.flip();
        for (int i = c.in.position(); i < c.in.limit(); i++) {
            if (c.in.get(i) == '\n') {
                byte[] line = new byte[i - c.in.position()];
                c.in.get(line).get();                       // the line, then its '\n'
                onLine(key, new String(line, StandardCharsets.UTF_8).strip());
            }
        }
        c.in.compact();
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
        pool.close();
        for (SelectionKey key : selector.keys()) key.channel().close();
        selector.close();
    }
}
