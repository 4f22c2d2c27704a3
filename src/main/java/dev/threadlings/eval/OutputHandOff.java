package dev.threadlings.eval;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The learner VM's {@code System.out} and {@code System.err}: learner threads put what they print in a bounded
 * buffer, and a thread of the agent's own sends it to the console in large pieces. Learner output and JShell's
 * answers share one socket: a thread printing without end used to fill the socket's buffers (megabytes, sent a
 * line per message) ahead of every answer, and a typed expression waited 12–26 s for its value. A full buffer makes
 * the printing thread wait, as a slow terminal would. A stop thrown into a printing snippet can no longer cut one
 * of JShell's messages in half (its reader then died with a NegativeArraySizeException): learner threads never
 * write to the socket. Only JDK classes may be used here: this class is loaded in the learner's VM.
 */
final class OutputHandOff extends OutputStream {
    private static final int CAPACITY = 64 * 1024;
    private static final long DRAIN_MILLIS = 5_000;
    private static final List<OutputHandOff> ALL = new CopyOnWriteArrayList<>();

    private final OutputStream socket;
    private final byte[] buffer = new byte[CAPACITY];
    private int size;     // guarded by this
    private long taken;   // bytes ever put in; guarded by this
    private long sent;    // bytes ever sent on; guarded by this
    private volatile boolean broken;

    OutputHandOff(OutputStream socket, String name) {
        this.socket = socket;
        ALL.add(this);
        Thread pump = new Thread(this::pump, "threadlings-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0 && !broken) {
            while (size == CAPACITY && !broken) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while printing");
                }
            }
            int n = Math.min(len, CAPACITY - size);
            System.arraycopy(b, off, buffer, size, n);
            size += n;
            taken += n;
            off += n;
            len -= n;
            notifyAll();
        }
    }

    @Override
    public void flush() {
        // the pump sends as soon as it can
    }

    /** Waits (a few seconds at most) until everything printed so far is on its way: output before the answer. */
    static void drainAll() {
        for (OutputHandOff h : ALL) {
            h.drain();
        }
    }

    private synchronized void drain() {
        long target = taken;
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        try {
            for (long left = DRAIN_MILLIS; sent < target && !broken && left > 0;
                 left = deadline - System.currentTimeMillis()) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() {
        try {
            while (true) {
                byte[] piece;
                synchronized (this) {
                    while (size == 0) {
                        wait();
                    }
                    piece = Arrays.copyOf(buffer, size);
                    size = 0;
                    notifyAll();
                }
                socket.write(piece);
                socket.flush();
                synchronized (this) {
                    sent += piece.length;
                    notifyAll();
                }
            }
        } catch (IOException | InterruptedException e) {
            synchronized (this) {
                broken = true; // the console is gone: printing goes nowhere, and must not block
                notifyAll();
            }
        }
    }
}
