package dev.threadlings.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The learner VM's System.err on its way to the console, with each stack frame line ({@code \tat …}) handed to
 * {@code frames} to be named as the learner knows it — a thread that dies of an exception prints its trace here,
 * not through JShell. Other output passes at once; only a line that may be a frame waits for its end of line.
 */
final class StackFrameStream extends OutputStream {
    private final OutputStream out;
    private final UnaryOperator<String> frames;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    StackFrameStream(OutputStream out, UnaryOperator<String> frames) {
        this.out = out;
        this.frames = frames;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        line.write(b, start, off + len - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.size() > 0 && !mayBeFrame()) {
            emit();
        }
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        emit();
        out.close();
    }

    private void emit() throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        byte[] bytes = (text.contains("$JShell$") ? frames.apply(text) : text).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    /** A partial line that a frame could still become: blanks, then (a prefix of) {@code at }. */
    private boolean mayBeFrame() {
        String start = line.toString(StandardCharsets.UTF_8).stripLeading();
        return start.length() <= 3 ? "at ".startsWith(start) : start.startsWith("at ");
    }
}
