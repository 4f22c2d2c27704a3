package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * Drives the real console like a person at a keyboard: a JLine dumb terminal over pipes, {@link ConsoleApp#run}
 * on its own thread. Works like {@code expect}: {@link #type} sends a line, {@link #awaitOutput} waits for text
 * that appeared after it; each match moves the read position on, so consecutive waits see output in order.
 */
final class ConsoleDriver implements AutoCloseable {
    /**
     * Wide enough for a JVM start plus a compile on a busy CI machine (30 s was not, at a load of 27 on 2 cores: a
     * first /check printed its verdict after the wait gave up). A wait, not a timing: a passing test never waits
     * it out.
     */
    static final Duration WAIT = Duration.ofSeconds(90);
    /** Narrow, so that lesson prose must wrap. */
    static final int COLUMNS = 60;
    /** The main prompt ("threadlings> " or "threadlings:<id>> ") at the very end of the output: input is awaited. */
    private static final Pattern PROMPT_AT_END = Pattern.compile("(?m)^threadlings(?::[a-z][a-z0-9-]*)?> \\z");

    private final PipedOutputStream keyboard;
    private final Terminal terminal;
    private final StringBuilder screen = new StringBuilder(); // guarded by itself
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Thread thread;
    private int readFrom; // where the next awaitOutput starts looking; only the test thread uses it

    private ConsoleDriver(String... args) {
        try {
            PipedInputStream in = new PipedInputStream(64 * 1024);
            keyboard = new PipedOutputStream(in);
            // the "exec" provider gives an ExternalTerminal: a line discipline in Java that turns ^C into
            // Terminal.raise(INT), as a real tty plus JLine's native signal handler do. The default (FFM) provider
            // would open a pty whose kernel swallows ^C, since no process has it as its controlling terminal.
            terminal = TerminalBuilder.builder().system(false).provider("exec").streams(in, new ScreenStream())
                    .type(Terminal.TYPE_DUMB).encoding(StandardCharsets.UTF_8).size(new Size(COLUMNS, 40)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RootCommand options = new RootCommand();
        new CommandLine(options).parseArgs(args); // the real option parsing, so --state is exercised too
        thread = Thread.ofPlatform().name("console-under-test").daemon().start(() -> {
            try {
                exit.complete(ConsoleApp.run(options, terminal, false));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        });
    }

    /** Starts the console on {@code course}, with the learner's files in {@code work} and progress in {@code state}. */
    static ConsoleDriver start(Path course, Path work, Path state) {
        // English whatever the machine's LANG: these tests read the English strings
        return new ConsoleDriver("--course", course.toString(), "--work", work.toString(), "--state",
                state.toString(), "--lang", "en");
    }

    /** As {@link #start(Path, Path, Path)}, in {@code language} ({@code --lang}). */
    static ConsoleDriver start(Path course, Path work, Path state, String language) {
        return new ConsoleDriver("--course", course.toString(), "--work", work.toString(), "--state",
                state.toString(), "--lang", language);
    }

    /** Sends one line of input, as if typed and followed by Enter; later waits only see output from now on. */
    void type(String line) {
        synchronized (screen) {
            readFrom = screen.length();
        }
        send((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Presses Ctrl-C: the terminal's line discipline turns the ^C character into SIGINT, as a real tty does. */
    void pressCtrlC() {
        send(new byte[] {3});
    }

    /** Ctrl-C {@code times} times, at machine speed: all in one write. */
    void pressCtrlC(int times) {
        byte[] presses = new byte[times];
        java.util.Arrays.fill(presses, (byte) 3);
        send(presses);
    }

    private void send(byte[] bytes) {
        try {
            keyboard.write(bytes);
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the console stopped reading input", e);
        }
    }

    /** Waits until {@code text} appears after the read position; returns the output up to and including it. */
    String awaitOutput(String text, Duration timeout) {
        return await(Pattern.compile(Pattern.quote(text)), timeout, "'" + text + "'");
    }

    String awaitOutput(String text) {
        return awaitOutput(text, WAIT);
    }

    /** Waits until the console shows its main prompt again, i.e. the last input has been handled. */
    String awaitPrompt() {
        return await(PROMPT_AT_END, WAIT, "the prompt");
    }

    /** Types a line and returns everything the console printed for it (without the echo and the next prompt). */
    String run(String line) {
        type(line);
        // the echo ends at the first newline (not matched by text: JLine pads a line that fills the width)
        awaitOutput("\n");
        String answer = awaitPrompt();
        Matcher m = PROMPT_AT_END.matcher(answer);
        return m.find() ? answer.substring(0, m.start()) : answer;
    }

    private String await(Pattern pattern, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (screen) {
            while (true) {
                String seen = normalized(screen.substring(readFrom));
                Matcher m = pattern.matcher(seen);
                if (m.find()) {
                    readFrom += rawLength(screen.substring(readFrom), m.end());
                    return seen.substring(0, m.end());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || exit.isDone()) {
                    fail("waited " + timeout.toSeconds() + " s for " + what + (exit.isDone() ? " but the console "
                            + "ended (" + exit + ")" : "") + "; the console showed since the last input:\n" + seen);
                }
                try {
                    screen.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted while waiting for " + what);
                }
            }
        }
    }

    /** Terminal text without carriage returns: the dumb line reader ends echoed lines with "\r\r\n". */
    private static String normalized(String raw) {
        return raw.replace("\r", "");
    }

    /** How many raw characters hold the first {@code length} normalized ones. */
    private static int rawLength(String raw, int length) {
        int seen = 0;
        int i = 0;
        while (seen < length && i < raw.length()) {
            if (raw.charAt(i++) != '\r') {
                seen++;
            }
        }
        return i;
    }

    /** Everything shown so far, for failure messages and whole-session assertions. */
    String transcript() {
        synchronized (screen) {
            return normalized(screen.toString());
        }
    }

    /**
     * Waits until the console thread is inside a snippet's remote invocation (waiting for its result), then a
     * little more so the learner VM is surely running it. Ctrl-C is only meaningful then: the console installs its
     * stop handler just before evaluating, and a stop that reaches the VM before the snippet starts finds nothing
     * to stop.
     */
    void awaitRunningSnippet() {
        awaitConsoleIn("readAndReportExecutionResult");
        pause(Duration.ofMillis(300));
    }

    /** Waits until the console thread evaluates input but still waits for the JShell VM to finish starting. */
    void awaitWaitingForShell() {
        awaitConsoleIn("shell"); // ShellSupervisor.shell(): blocked on the VM's start
    }

    /** Polls the console thread's stack for a frame of this method (in the console's eval package). */
    private void awaitConsoleIn(String method) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getMethodName().equals(method) && (frame.getClassName().startsWith("dev.threadlings.eval.")
                        || frame.getClassName().startsWith("jdk.jshell."))) {
                    return;
                }
            }
            pause(Duration.ofMillis(5));
        }
        fail("the console thread never reached " + method + "():\n" + transcript());
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The prompt the console shows now, if it is waiting for input ("threadlings:threads> "); else "". */
    String prompt() {
        String all = transcript();
        Matcher m = PROMPT_AT_END.matcher(all);
        return m.find() ? all.substring(m.start()).strip() : "";
    }

    Terminal terminal() {
        return terminal;
    }

    /** Waits for {@link ConsoleApp#run} to return (after /exit or end of input) and gives its exit code. */
    int awaitExit(Duration timeout) {
        try {
            return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return fail("the console did not end within " + timeout.toSeconds() + " s: " + e
                    + "\n" + transcript());
        }
    }

    /** Ends the console: /exit if it still reads, then end of input; waits a little, never hangs a test run. */
    @Override
    public void close() {
        if (!exit.isDone()) {
            try {
                type("/exit");
                keyboard.close();
            } catch (RuntimeException | IOException e) {
                // the console already stopped reading
            }
            try {
                exit.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                thread.interrupt(); // stuck in an evaluation: the daemon thread dies with the test JVM
            }
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    /** Collects what the console writes; wakes waiting readers. */
    private final class ScreenStream extends OutputStream {
        private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (screen) {
                partial.write(b, off, len);
                decode();
            }
        }

        /** Appends complete UTF-8 characters; a multi-byte character split across writes waits for its rest. */
        private void decode() {
            byte[] bytes = partial.toByteArray();
            int end = bytes.length;
            int back = 0;
            while (back < Math.min(3, end) && (bytes[end - 1 - back] & 0xC0) == 0x80) {
                back++;
            }
            if (back < end && (bytes[end - 1 - back] & 0xC0) == 0xC0) {
                int lead = bytes[end - 1 - back] & 0xFF;
                int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
                if (back < need) {
                    end = end - 1 - back; // incomplete: keep it for the next write
                }
            }
            screen.append(new String(bytes, 0, end, StandardCharsets.UTF_8));
            partial.reset();
            partial.write(bytes, end, bytes.length - end);
            screen.notifyAll();
        }
    }
}
