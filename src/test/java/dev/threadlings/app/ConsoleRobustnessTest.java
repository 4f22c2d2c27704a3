package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.eval.ShellSupervisor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learner code that ends, hangs or deadlocks its VM must never take the console down: the learner gets a clear
 * message and a working prompt. Ctrl-C is pressed the way a terminal does it (the ^C character, which the line
 * discipline turns into SIGINT). Each test leaves a working shell behind, so they share one console.
 */
class ConsoleRobustnessTest {
    private static final String GONE = "your variables, methods and classes are gone.";

    @TempDir
    static Path tmp;
    static ConsoleDriver console;

    @BeforeAll
    static void start() {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        console = ConsoleDriver.start(course, tmp.resolve("work"), tmp.resolve("state"));
        console.awaitPrompt();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void systemExitReplacesTheVm() {
        String exited = console.run("System.exit(0)");
        assertTrue(exited.contains("|  the Java VM ended"), exited);
        // messages are word-wrapped to the terminal's width: compare them as one line
        assertTrue(exited.replace("\n", " ").contains("The Java VM running your snippets ended. A fresh one is starting; " + GONE),
                exited);
        assertEquals("$1 ==> 2\n", withoutStartingNote(console.run("1 + 1")), "a fresh JShell numbers from 1");
    }

    @Test
    void ctrlCStopsAnInfiniteLoopAndKeepsTheVariables() {
        console.run("int kept = 7;");
        console.type("while (true) {}");
        console.awaitRunningSnippet();
        console.pressCtrlC();
        String stopped = console.awaitPrompt();
        assertTrue(stopped.contains("|  Stopped.\n"), stopped);
        assertFalse(stopped.contains(GONE), stopped);
        assertEquals("kept ==> 7\n", console.run("kept"));
    }

    @Test
    void ctrlCWhileTheVmStartsDropsTheInput() {
        console.run("/reset"); // a fresh VM starts in the background
        console.type("while (true) {}");
        console.awaitWaitingForShell();
        console.pressCtrlC();
        String stopped = console.awaitPrompt();
        assertTrue(stopped.contains("|  Stopped.\n"), stopped);
        assertEquals("$1 ==> 2\n", withoutStartingNote(console.run("1 + 1")), "the loop never ran");
    }

    @Test
    void ctrlCStopsASnippetJoiningDeadlockedThreads() {
        // the snippet's own thread waits in join(), where a stop reaches it: no need to kill the VM
        console.run("int kept = 8;");
        console.run("void joinDeadlocked() throws Exception { Object a = new Object(), b = new Object(); "
                + "CountDownLatch both = new CountDownLatch(2); "
                + "Thread t1 = new Thread(() -> { synchronized (a) { both.countDown(); awaitQuietly(both); "
                + "synchronized (b) {} } }); "
                + "Thread t2 = new Thread(() -> { synchronized (b) { both.countDown(); awaitQuietly(both); "
                + "synchronized (a) {} } }); "
                + "t1.start(); t2.start(); t1.join(); t2.join(); }");
        console.run("void awaitQuietly(CountDownLatch l) { try { l.await(); } catch (InterruptedException e) { } }");
        console.type("joinDeadlocked()");
        console.awaitRunningSnippet();
        console.pressCtrlC();
        String stopped = console.awaitPrompt();
        assertTrue(stopped.contains("|  Stopped.\n"), stopped);
        assertEquals("kept ==> 8\n", console.run("kept"));
    }

    /**
     * Issue 17: 300 presses at machine speed sent as many stops, whose JDI calls overlapped and broke the VM's
     * stream (a StreamCorruptedException trace on the learner's screen), and printed a line each.
     */
    @Test
    void aBurstOfCtrlCStopsTheSnippetOnceWithOneLineAndNoTrace() {
        console.run("int burstKept = 9;");
        console.type("while (true) {}");
        console.awaitRunningSnippet();
        console.pressCtrlC(300);
        String stopped = console.awaitPrompt();
        assertEquals(1, stopped.split("\\(stopping…", -1).length - 1, stopped);
        assertTrue(stopped.contains("|  Stopped.\n"), stopped);
        assertFalse(stopped.contains("Exception"), stopped);
        String kept = console.run("burstKept");
        assertTrue(kept.contains("burstKept ==> 9\n"), kept);
        assertFalse(kept.contains("Exception"), kept);
    }

    /** Issue 17: JShell flushes System.out after each snippet; set to null, that flush hid every later result. */
    @Test
    void systemOutSetToNullDoesNotHideLaterResults() {
        String set = console.run("System.setOut(null);");
        assertTrue(set.contains("System.out was set to null"), set);
        String later = console.run("6 * 7");
        assertTrue(later.contains("==> 42"), later);
    }

    @Test
    void ctrlCOnASnippetBlockedOnAMonitorKillsAndReplacesTheVm() {
        // two threads take two monitors in opposite order; one of them is the snippet's own thread, BLOCKED on
        // a monitor, which no stop can reach: after the grace period the VM must be killed
        console.run("Object first = new Object(); Object second = new Object();");
        console.run("void deadlock() throws Exception { CountDownLatch both = new CountDownLatch(2); "
                + "Thread other = new Thread(() -> { synchronized (second) { both.countDown(); "
                + "try { both.await(); } catch (InterruptedException e) { } synchronized (first) { } } }); "
                + "other.start(); "
                + "synchronized (first) { both.countDown(); both.await(); synchronized (second) { } } }");
        console.type("deadlock()");
        console.awaitRunningSnippet();
        long pressed = System.nanoTime();
        console.pressCtrlC();
        String killed = console.awaitPrompt();
        long millis = (System.nanoTime() - pressed) / 1_000_000;
        assertTrue(killed.replace("\n", " ").contains("(stopping… if the snippet has not stopped within 2 s, its VM is replaced)"),
                killed);
        assertTrue(killed.replace("\n", " ").contains("The snippet did not stop within 2 s, so its Java VM was killed. A fresh one is "
                + "starting; " + GONE), killed);
        assertTrue(millis >= ShellSupervisor.STOP_GRACE.toMillis() - 100, "killed only after the grace: " + millis);
        assertEquals("$1 ==> 4\n", withoutStartingNote(console.run("2 + 2")), "a fresh JShell works");
    }

    private static String withoutStartingNote(String text) {
        return text.replace("(JShell is still starting…)\n", "");
    }
}
