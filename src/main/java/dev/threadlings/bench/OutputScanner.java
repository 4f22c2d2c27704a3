package dev.threadlings.bench;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child process has printed so far, as plain text: ANSI escape sequences and control characters other than
 * newline and tab are dropped as the chunks arrive, so an escape split across two reads is still recognised.
 * Readers look for text after a mark that moves past each match, so a prompt printed before the last input is never
 * mistaken for the next one. One thread appends; others wait. Thread-safe.
 */
public final class OutputScanner {
    private enum State { TEXT, ESC, CSI, OSC, OSC_ESC }

    private final StringBuilder text = new StringBuilder();
    private State state = State.TEXT;
    private int mark;
    private boolean closed;

    /** Adds a chunk as it was read; it may end in the middle of an escape sequence or a line. */
    public synchronized void append(CharSequence chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            accept(chunk.charAt(i));
        }
        notifyAll();
    }

    private void accept(char c) {
        switch (state) {
            case TEXT -> {
                if (c == '\u001b') {
                    state = State.ESC;
                } else if (c == '\n' || c == '\t' || c >= ' ' && c != '\u007f') {
                    text.append(c);
                } // else: \r, backspace, bell — a dumb terminal's redraws, not content
            }
            // ESC [ starts CSI, ESC ] starts OSC; any other ESC x (charset, keypad mode) is two characters long
            case ESC -> state = c == '[' ? State.CSI : c == ']' ? State.OSC : State.TEXT;
            case CSI -> state = c >= '@' && c <= '~' ? State.TEXT : State.CSI;
            case OSC -> state = c == '\u0007' ? State.TEXT : c == '\u001b' ? State.OSC_ESC : State.OSC;
            case OSC_ESC -> state = State.TEXT;
        }
    }

    /** The end of the output: waiters stop waiting. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** If {@code s} occurs after the mark, moves the mark past it and returns true. Does not wait. */
    public synchronized boolean take(String s) {
        int at = text.indexOf(s, mark);
        if (at < 0) {
            return false;
        }
        mark = at + s.length();
        return true;
    }

    /**
     * If a complete line after the mark contains a match of {@code line} ({@code $} anchors at the line's end),
     * moves the mark past that line and returns true. Lines still being printed are not looked at, so a value is
     * never cut short; a prompt before the value on the same line (no echo on pipes) does not hide it. No waiting.
     */
    public synchronized boolean takeLine(Pattern line) {
        int start = mark;
        for (int end = text.indexOf("\n", start); end >= 0; start = end + 1, end = text.indexOf("\n", start)) {
            Matcher m = line.matcher(text.subSequence(start, end));
            if (m.find()) {
                mark = end + 1;
                return true;
            }
        }
        return false;
    }

    /** Waits up to {@code timeoutNanos} for {@link #take(String)} to succeed; false on timeout or end of output. */
    public boolean awaitText(String s, long timeoutNanos) throws InterruptedException {
        return await(() -> take(s), timeoutNanos);
    }

    /** Waits up to {@code timeoutNanos} for {@link #takeLine(Pattern)} to succeed; false on timeout or end. */
    public boolean awaitLine(Pattern line, long timeoutNanos) throws InterruptedException {
        return await(() -> takeLine(line), timeoutNanos);
    }

    private synchronized boolean await(java.util.function.BooleanSupplier found, long timeoutNanos)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!found.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (closed || left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** The last {@code n} characters of plain text, for saying what a process printed before it hung. */
    public synchronized String tail(int n) {
        return text.substring(Math.max(0, text.length() - n));
    }

    /** Everything printed so far, as plain text. */
    public synchronized String text() {
        return text.toString();
    }
}
