package dev.threadlings.app;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;

/** Bytes to the terminal's writer, for code that wants a stream (warnings printed while loading the course). */
final class TerminalStream extends OutputStream {
    private final Terminal terminal;

    TerminalStream(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        terminal.writer().print(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
        terminal.writer().flush();
    }
}
