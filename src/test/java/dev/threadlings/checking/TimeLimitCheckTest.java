package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadlings.course.Check;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.OutputExpectation;
import dev.threadlings.course.OutputMode;
import dev.threadlings.course.Snippet;
import dev.threadlings.eval.PidNamespace;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check's time limit accuses learner code only for time it spent: a loop that spins and a wait that never ends
 * still time out, however busy the machine; a VM that gets no core at all (here: it stops itself with SIGSTOP,
 * the extreme of a starved VM, in the middle of a check that would pass), or whose child process gets none, is
 * "could not check", never a timeout.
 * None of it depends on the machine's speed: the limits are one second of the learner's time, and the stopped VM
 * is judged by the hard cap of four seconds of wall time.
 */
class TimeLimitCheckTest {
    private static final ExerciseChecker CHECKER = new ExerciseChecker();
    private static final String LEARNER_FILE = """
            import java.util.concurrent.CountDownLatch;

            class Limits {
                static volatile boolean stop;

                static void spin() {
                    while (!stop) { }
                }

                static void waitForever() throws InterruptedException {
                    new CountDownLatch(1).await();
                }

                /** A child process that stops itself at once, and the VM waits for it: it is the child that gets no core. */
                static void waitForAStoppedChild() throws Exception {
                    new ProcessBuilder("sh", "-c", "kill -STOP $$; exit 0").start().waitFor();
                }

                /** The VM stops itself (its pid in its own namespace): no core until someone sends SIGCONT. */
                static void freeze() throws Exception {
                    new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid())).start()
                            .waitFor();
                }
            }
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    private Verdict check(String code) throws IOException {
        Files.writeString(dir.resolve("Limits.java"), LEARNER_FILE);
        Map<String, String> options = Map.of("timeout", "1s");
        Check check = new Check("the check", "", dir.resolve("checks.md"), 1,
                Optional.of(new Snippet(code, 3, options)),
                List.of(new OutputExpectation(OutputMode.EXACT, "done", 8)), options);
        Exercise limits = new Exercise("limits", "Limits", "limits", dir, "Limits.java", "", List.of(), 3,
                List.of(check), false, List.of(), List.of());
        return CHECKER.check(limits, dir.resolve("Limits.java"));
    }

    @Test
    void aLoopThatSpinsTimesOut() throws IOException {
        Verdict v = check("Limits.spin();\nSystem.out.println(\"done\");");
        assertEquals(Verdict.Status.FAILED, v.status(), v.toString());
        assertEquals("timeout", assertInstanceOf(CheckResult.Failed.class, v.results().getFirst()).kind());
    }

    @Test
    void aWaitThatNeverEndsTimesOut() throws IOException {
        Verdict v = check("Limits.waitForever();\nSystem.out.println(\"done\");");
        assertEquals(Verdict.Status.FAILED, v.status(), v.toString());
        assertEquals("timeout", assertInstanceOf(CheckResult.Failed.class, v.results().getFirst()).kind());
    }

    @Test
    void aVmThatGetsNoCoreIsCouldNotCheckNotATimeout() throws IOException {
        Verdict v;
        try {
            v = check("Limits.freeze();\nSystem.out.println(\"done\");");
        } finally {
            // the watchdog killed the stopped VM; anything stopped that is left goes on, to end normally
            ProcessHandle.current().descendants().forEach(p -> TimeLimitCheckTest.resume(p.pid()));
        }
        assertEquals(Verdict.Status.CANNOT_RUN, v.status(), v.toString());
        assertEquals(2, v.status().exitCode);
        CheckResult.NotChecked n = assertInstanceOf(CheckResult.NotChecked.class, v.results().getFirst());
        assertEquals("machine-busy", n.kind());
        assertTrue(n.reason().startsWith("could not check: the machine was too busy"), n.reason());
    }

    @Test
    void aVmWaitingForAChildThatGetsNoCoreIsCouldNotCheckNotATimeout() throws IOException {
        // the VM's threads all wait (S), as in a deadlock; the child it waits for is stopped (T): had the VM been
        // looked at alone, this was a timeout. Only where the VM has a namespace of its own, whose end ends the child
        assumeTrue(PidNamespace.available(), "a stopped child would outlive its VM");
        Verdict v = check("Limits.waitForAStoppedChild();\nSystem.out.println(\"done\");");
        assertEquals(Verdict.Status.CANNOT_RUN, v.status(), v.toString());
        assertEquals("machine-busy", assertInstanceOf(CheckResult.NotChecked.class, v.results().getFirst()).kind());
    }

    private static void resume(long pid) {
        try {
            new ProcessBuilder("kill", "-CONT", Long.toString(pid)).start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
