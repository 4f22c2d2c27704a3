package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check whose results look right still fails when a thread running the learner's code died of an exception on
 * the way; a thread asked to stop by an interrupt, which ends with an exception, is not a failure.
 */
class ThreadDeathCheckTest {
    private static final ExerciseChecker CHECKER = new ExerciseChecker();
    private static final Exercise RACES_COUNTER = CourseLoader.load(Path.of("").toAbsolutePath())
            .exercise("races-counter").orElseThrow();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    private Verdict check(String counterJava) throws IOException {
        Path file = dir.resolve("Counter.java");
        Files.writeString(file, counterJava);
        return CHECKER.check(RACES_COUNTER, file);
    }

    /** A counter that counts right, and starts a thread per counter that dies once the counter is made. */
    private static final String COUNTER_WITH_A_DYING_THREAD = """
            import java.util.concurrent.atomic.AtomicInteger;

            class Counter {
                private final AtomicInteger count = new AtomicInteger();
                private String name;

                Counter() {
                    Thread helper = new Thread(this::report, "counter-reporter");
                    helper.start();
                    try {
                        helper.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                private void report() {
                    System.out.println(name.length());
                }

                void increment() { count.incrementAndGet(); }
                void add(int delta) { count.addAndGet(delta); }
                int get() { return count.get(); }
            }
            """;

    @Test
    void aLearnersThreadThatDiesFailsTheCheckAtTheLineItDiedOn() throws IOException {
        Verdict v = check(COUNTER_WITH_A_DYING_THREAD);
        assertEquals(Verdict.Status.FAILED, v.status(), v.toString());
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, v.results().getFirst());
        assertEquals("thread-died", f.kind(), f.toString());
        assertTrue(f.reason().contains("\"counter-reporter\" died of NullPointerException at Counter.java:18"),
                f.reason());
        assertEquals("", f.message(), "the check's own prose is about what it looked at, which held");
        assertTrue(f.details().stream().anyMatch(l -> l.contains("at Counter.report(Counter.java:18)")),
                f.details().toString());
    }

    /** A counter that counts right; loading the file (a variable's initializer) runs a thread that dies. */
    private static final String COUNTER_WHOSE_LOADING_KILLS_A_THREAD = """
            import java.util.concurrent.atomic.AtomicInteger;

            class Counter {
                private final AtomicInteger count = new AtomicInteger();

                void increment() { count.incrementAndGet(); }
                void add(int delta) { count.addAndGet(delta); }
                int get() { return count.get(); }
            }

            class WarmUp {
                static String name;

                static boolean run() throws InterruptedException {
                    Thread t = new Thread(() -> System.out.println(name.length()), "counter-warm-up");
                    t.start();
                    t.join();
                    return true;
                }
            }

            boolean warmedUp = WarmUp.run();
            """;

    @Test
    void aDeathBeforeACheckRanIsTheNextChecksToReport() throws IOException {
        // the thread dies while the file loads, before any check: no check looked, and the death still counts
        Verdict v = check(COUNTER_WHOSE_LOADING_KILLS_A_THREAD);
        CheckResult.Failed f = assertInstanceOf(CheckResult.Failed.class, v.results().getFirst(), v.toString());
        assertEquals("thread-died", f.kind(), f.toString());
        assertTrue(f.reason().contains("\"counter-warm-up\" died of NullPointerException at Counter.java:15"),
                f.reason());
    }

    @Test
    void aThreadEndedByAnInterruptIsNotAFailureOfACheckThatRunsTheCodeOnce() throws IOException {
        Verdict v = check(COUNTER_WITH_A_DYING_THREAD.replace("System.out.println(name.length());", """
                Thread.currentThread().interrupt();
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException("asked to stop", e);
                        }"""));
        // the first check runs the code once (the later ones explore it, where any uncaught exception is a failure)
        assertInstanceOf(CheckResult.Passed.class, v.results().getFirst(), v.toString());
    }
}
