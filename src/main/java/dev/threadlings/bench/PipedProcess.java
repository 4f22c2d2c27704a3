package dev.threadlings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process on pipes, as a learner's terminal would drive it minus the terminal: stdin written line by line,
 * stdout and stderr read by daemon threads into {@link OutputScanner}s (stderr must be drained too, or a chatty
 * child blocks on a full pipe). {@link #close()} kills it and everything it started.
 */
public final class PipedProcess implements AutoCloseable {
    private final Process process;
    private final long startNanos;
    private final OutputScanner out = new OutputScanner();
    private final OutputScanner err = new OutputScanner();
    private final OutputStream stdin;

    private PipedProcess(Process process, long startNanos) {
        this.process = process;
        this.startNanos = startNanos;
        this.stdin = process.getOutputStream();
        pump(process.getInputStream(), out, "bench-stdout");
        pump(process.getErrorStream(), err, "bench-stderr");
    }

    /** Starts {@code command} in {@code dir} with {@code env} added to this process's environment. */
    public static PipedProcess start(List<String> command, Path dir, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime(); // before start(): fork/exec is part of what a learner waits for
        return new PipedProcess(pb.start(), t0);
    }

    private static void pump(InputStream in, OutputScanner into, String name) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            // a decoding Reader keeps a UTF-8 character split across reads whole
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) >= 0; ) {
                    into.append(new String(buf, 0, n));
                }
            } catch (IOException e) {
                // the process went away: same as end of output
            } finally {
                into.close();
            }
        });
    }

    /** When {@link #start} was called, in {@link System#nanoTime()} terms. */
    public long startNanos() {
        return startNanos;
    }

    public OutputScanner out() {
        return out;
    }

    public OutputScanner err() {
        return err;
    }

    /** Writes one line to the child's stdin and flushes it. */
    public void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Waits for the process to end; its exit code, or empty (and still running) after the timeout. */
    public java.util.OptionalInt waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit) ? java.util.OptionalInt.of(process.exitValue())
                : java.util.OptionalInt.empty();
    }

    /** What it printed last on stdout and stderr, for a failure message. */
    public String lastWords() {
        String o = out.tail(160).strip();
        String e = err.tail(160).strip();
        return (o.isEmpty() ? "" : "stdout …" + o.replace('\n', '⏎')) + (o.isEmpty() || e.isEmpty() ? "" : "; ")
                + (e.isEmpty() ? "" : "stderr …" + e.replace('\n', '⏎'));
    }

    /**
     * Kills the process and its descendants (the learner VM of threadlings, jshell's remote VM) and waits briefly
     * for them, so the next measured launch does not share the CPU with the previous one's shutdown.
     */
    @Override
    public void close() {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            for (ProcessHandle h : all) {
                h.onExit().get(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a child that outlives the wait is left to the OS; the benchmark goes on
        }
    }
}
