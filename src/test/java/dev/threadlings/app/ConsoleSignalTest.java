package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.threadlings.eval.PidNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6, where learner VMs cannot run in a PID namespace of their own (here switched off, as in a
 * container whose seccomp profile refuses user namespaces): learner code that signals the console
 * ({@code ProcessHandle.current().parent().get().destroy()}, the learner VM's parent being the console) is stopped,
 * the learner is told, and the console stays; a signal from outside ends the console as before. The console runs
 * in a VM of its own ({@link ConsoleProcess}), so that a signal that ends it cannot end the test run.
 */
class ConsoleSignalTest {
    private static final String TRIED = "Your code tried to end the console (SIGTERM)";
    private static final String RESTARTED = "A fresh one is starting";
    /** How long signals that come after an answered one are taken as sent before the learner's code stopped. */
    private static final long BURST_MILLIS = 2_000;

    @TempDir
    Path tmp;

    @Test
    void learnerCodeThatSignalsTheConsoleIsStoppedAndTheConsoleStays() throws Exception {
        try (Child console = Child.start(tmp)) {
            console.type("ProcessHandle.current().parent().get().destroy()");
            console.await(TRIED);
            console.answers("6 * 7", "==> 42");
            // a thread left running, that signals once its snippet is over and ends before the signal is answered
            // (after the time in which signals are taken as sent by code that was answered already)
            console.type("new Thread(() -> { try { Thread.sleep(" + (BURST_MILLIS + 1_000) + "); } catch (InterruptedException e) { } "
                    + "ProcessHandle.current().parent().get().destroy(); }).start()");
            console.await(TRIED);
            console.answers("6 * 7", "==> 42");
            // a loop that signals without end: its VM is stopped, and what it sent before that changes nothing
            console.type("while (true) ProcessHandle.current().parent().get().destroy();");
            String stopped = TRIED + ": the Java VM running it was stopped";
            // the console's notice and the line said from the signal's thread come in either order
            console.await(console.await(stopped, RESTARTED).equals(stopped) ? RESTARTED : stopped);
            console.answers("6 * 7", "==> 42");
        }
    }

    @Test
    void aSignalFromOutsideEndsTheConsoleWhenNoLearnerCodeRunsAndASecondOneAfterItWasStopped() throws Exception {
        try (Child console = Child.start(tmp)) {
            console.run("/lessons");
            console.type("{ System.out.println(\"spinning\"); while (true) { } }"); // one snippet
            console.await("spinning\n"); // the snippet runs
            console.process.toHandle().destroy(); // SIGTERM, as kill does (Process.destroy would also close the pipes)
            String stopped = TRIED + ": the Java VM running it was stopped";
            console.await(console.await(stopped, RESTARTED).equals(stopped) ? RESTARTED : stopped);
            Thread.sleep(BURST_MILLIS + 500); // signals this soon after are taken as sent by the stopped code
            console.process.toHandle().destroy();
            assertTrue(console.process.waitFor(60, TimeUnit.SECONDS), console.transcript());
            assertEquals(128 + 15, console.process.exitValue(), console.transcript());
            List<String> history = Files.readAllLines(tmp.resolve("state").resolve("history"));
            assertTrue(history.stream().anyMatch(l -> l.endsWith("while (true) { } }")), history.toString());
        }
        try (Child fresh = Child.start(tmp)) {
            fresh.run("/lessons");
            fresh.process.toHandle().destroy();
            assertTrue(fresh.process.waitFor(60, TimeUnit.SECONDS), fresh.transcript());
            assertEquals(128 + 15, fresh.process.exitValue(), fresh.transcript());
        }
    }

    /** The console in a VM of its own, driven through its standard input and output. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final StringBuilder screen = new StringBuilder(); // guarded by itself
        private int readFrom;

        private Child(Process process) {
            this.process = process;
            Thread.ofPlatform().daemon().name("console-screen").start(() -> copy(process.getInputStream()));
        }

        static Child start(Path tmp) throws IOException {
            Path course = ConsoleCourse.write(tmp.resolve("course"));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-D" + PidNamespace.SWITCH + "=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-XX:+DisableAttachMechanism", "-cp", System.getProperty("java.class.path"),
                    ConsoleProcess.class.getName(), "--course", course.toString(), "--work",
                    tmp.resolve("work").toString(), "--state", tmp.resolve("state").toString(), "--lang", "en")
                    .redirectErrorStream(true).start();
            Child child = new Child(p);
            child.await("threadlings> ");
            return child;
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (screen) {
                        screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8).replace("\r", ""));
                        screen.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the console ended
            }
        }

        void type(String line) {
            synchronized (screen) {
                readFrom = screen.length();
            }
            try {
                OutputStream keyboard = process.getOutputStream();
                keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("the console stopped reading: " + transcript(), e);
            }
        }

        /**
         * Types a line once the console has handled all before it, and waits for {@code answer}. A VM that was
         * stopped while no snippet ran is found gone by the line, which then runs again in a fresh one.
         */
        void answers(String line, String answer) {
            // a command that does not reach the VM: the console has handled everything before it
            type("/lessons");
            await("Open one with");
            type(line);
            if (await(answer, RESTARTED).equals(RESTARTED)) {
                type(line);
                await(answer);
            }
        }

        /** Types a line and returns what the console showed up to its next prompt. */
        String run(String line) {
            type(line);
            await("\n");
            return await("threadlings> ");
        }

        /** Waits until {@code text} is shown after the read position; fails if the console ends first. */
        String await(String text) {
            int from = readFrom;
            await(new String[] {text});
            synchronized (screen) {
                return screen.substring(from, readFrom);
            }
        }

        /** Waits until one of {@code texts} is shown after the read position and returns the first to be shown. */
        String await(String... texts) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            synchronized (screen) {
                while (true) {
                    String first = null;
                    int firstAt = Integer.MAX_VALUE;
                    for (String text : texts) {
                        int at = screen.indexOf(text, readFrom);
                        if (at >= 0 && at < firstAt) {
                            first = text;
                            firstAt = at;
                        }
                    }
                    if (first != null) {
                        readFrom = firstAt + first.length();
                        return first;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !process.isAlive()) {
                        fail("waited for '" + String.join("' or '", texts) + "' but " + (process.isAlive() ? "it did not come"
                                : "the console ended (exit " + process.exitValue() + ")") + ":\n" + screen);
                    }
                    try {
                        screen.wait(Math.min(200, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        fail("interrupted");
                    }
                }
            }
        }

        String transcript() {
            synchronized (screen) {
                return screen.toString();
            }
        }

        @Override
        public void close() {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
