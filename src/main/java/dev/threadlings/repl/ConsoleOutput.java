package dev.threadlings.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

/**
 * Where the learner VM's output goes in the console. While a snippet runs it is printed as it comes; output from
 * threads that outlive their snippet arrives while the learner types, and is printed above the prompt so the line
 * being edited is not garbled.
 */
public final class ConsoleOutput extends OutputStream {
    private final Terminal terminal;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile LineReader reader;
    private volatile boolean atPrompt;

    public ConsoleOutput(Terminal terminal) {
        this.terminal = terminal;
    }

    void attach(LineReader reader) {
        this.reader = reader;
    }

    void atPrompt(boolean value) {
        synchronized (this) {
            atPrompt = value;
            if (!value) {
                drain(true);
            }
        }
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n' || b < 0x80 && !atPrompt) {
            drain(false);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        byte last = b[off + len - 1];
        if (last == '\n' || (last & 0x80) == 0 && !atPrompt) {
            drain(false);
        }
    }

    @Override
    public synchronized void flush() {
        if (!atPrompt) {
            drain(false);
        }
    }

    private void drain(boolean all) {
        if (pending.size() == 0) {
            return;
        }
        String text = pending.toString(StandardCharsets.UTF_8);
        LineReader r = reader;
        if (atPrompt && r != null) {
            int nl = text.lastIndexOf('\n');
            if (nl < 0 && !all) {
                return; // wait for the end of the line
            }
            String lines = nl < 0 ? text : text.substring(0, nl);
            pending.reset();
            pending.writeBytes(text.substring(nl + 1).getBytes(StandardCharsets.UTF_8));
            r.printAbove(lines);
        } else {
            pending.reset();
            terminal.writer().print(text);
            terminal.writer().flush();
        }
    }
}
