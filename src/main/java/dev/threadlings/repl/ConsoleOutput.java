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
 *
 * <p>The thread that hands output over also brings the learner VM's answers (the same socket), so it never waits
 * for the terminal: it only appends to a buffer, which a printer thread of its own empties, a batch at a time. A
 * thread that prints without end used to hold every typed expression's answer behind its output (2–25 s each,
 * printed line by line above the prompt); now output beyond {@link #LIMIT} waiting for the terminal is skipped, and
 * the learner is told how much, at most once a second.
 */
public final class ConsoleOutput extends OutputStream {
    /** Bytes that may wait for the terminal; what comes beyond is skipped. */
    static final int LIMIT = 256 * 1024;
    private static final long NOTE_EVERY_NANOS = 1_000_000_000L;

    private final Terminal terminal;
    private final Object printing = new Object(); // one batch at a time reaches the terminal
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(); // guarded by this
    private int completeLines;   // bytes of pending up to and with its last newline; guarded by this
    private int wholeCharacters; // bytes of pending that do not end inside a UTF-8 character; guarded by this
    private long skipped;        // bytes skipped since the last batch; guarded by this
    private long unreported;     // skipped bytes not yet told; guarded by printing
    private long lastNote = System.nanoTime() - NOTE_EVERY_NANOS;
    private volatile LineReader reader;
    private volatile java.util.function.Supplier<dev.threadlings.text.Messages> messages =
            () -> dev.threadlings.text.Messages.ENGLISH; // the session's, which /lang changes
    private boolean atPrompt;    // guarded by this

    public ConsoleOutput(Terminal terminal) {
        this.terminal = terminal;
        Thread.ofPlatform().daemon().name("console-output").start(this::printLoop);
    }

    void attach(LineReader reader, java.util.function.Supplier<dev.threadlings.text.Messages> messages) {
        this.reader = reader;
        this.messages = messages;
    }

    void atPrompt(boolean value) {
        synchronized (this) {
            atPrompt = value;
            notifyAll();
        }
        if (!value) {
            drain();
        }
    }

    /** Prints everything received so far before it returns: a snippet's output comes before its result. */
    void drain() {
        print(true);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (pending.size() + len > LIMIT) {
            skipped += len;
            return;
        }
        pending.write(b, off, len);
        wholeCharacters = pending.size() - cutCharacter(b, off, len);
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n') {
                completeLines = pending.size() - (off + len - 1 - i);
                break;
            }
        }
        notifyAll();
    }

    @Override
    public void flush() {
        // the printer thread prints as soon as the terminal takes it
    }

    private void printLoop() {
        try {
            while (true) {
                synchronized (this) {
                    while (printable() == 0) {
                        wait();
                    }
                }
                print(false);
            }
        } catch (InterruptedException e) {
            // the console is ending
        }
    }

    /** Bytes that can be printed now: at the prompt only whole lines, else all but a cut UTF-8 character. */
    private int printable() {
        return atPrompt && reader != null ? completeLines : wholeCharacters;
    }

    /** How many bytes at the end of {@code b[off, off + len)} begin a UTF-8 character that has not all come yet. */
    private static int cutCharacter(byte[] b, int off, int len) {
        int i = off + len - 1;
        int continuation = 0;
        while (i >= off && (b[i] & 0xC0) == 0x80 && continuation < 3) {
            i--;
            continuation++;
        }
        if (i < off) {
            return 0; // the character began in an earlier write
        }
        int lead = b[i] & 0xFF;
        int needs = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return needs > continuation ? continuation + 1 : 0;
    }

    private void print(boolean all) {
        synchronized (printing) {
            String text;
            boolean above;
            synchronized (this) {
                above = atPrompt && reader != null;
                int upTo = all ? pending.size() : printable();
                byte[] bytes = pending.toByteArray();
                text = new String(bytes, 0, upTo, StandardCharsets.UTF_8);
                pending.reset();
                pending.write(bytes, upTo, bytes.length - upTo);
                completeLines = Math.max(0, completeLines - upTo);
                wholeCharacters = Math.max(0, wholeCharacters - upTo);
                unreported += skipped;
                skipped = 0;
            }
            long now = System.nanoTime();
            if (unreported > 0 && (all || now - lastNote >= NOTE_EVERY_NANOS)) {
                text += (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + messages.get().get("console.output-skipped", unreported)
                        + System.lineSeparator();
                unreported = 0;
                lastNote = now;
            }
            if (text.isEmpty()) {
                return;
            }
            LineReader r = reader;
            if (above && r != null) {
                r.printAbove(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            } else {
                terminal.writer().print(text);
                terminal.writer().flush();
            }
        }
    }
}
