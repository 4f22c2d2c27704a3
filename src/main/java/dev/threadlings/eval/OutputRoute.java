package dev.threadlings.eval;

import java.io.OutputStream;
import java.io.IOException;

/**
 * An output stream whose destination can be switched while the learner's VM keeps writing to it: the console
 * sends output to the terminal, a check captures it for one snippet at a time.
 */
public final class OutputRoute extends OutputStream {
    private volatile OutputStream target;

    public OutputRoute(OutputStream target) {
        this.target = target;
    }

    /** Sends what follows to {@code next}; returns the previous destination. */
    public OutputStream switchTo(OutputStream next) {
        OutputStream previous = target;
        target = next;
        return previous;
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }
}
