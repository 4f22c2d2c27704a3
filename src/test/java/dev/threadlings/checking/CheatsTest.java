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
 * Submissions that try to subvert the checks rather than solve the exercise (races-counter: a Counter whose
 * updates are lost or ignored when two threads call it) must fail.
 */
class CheatsTest {
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
        return check(RACES_COUNTER, "Counter.java", counterJava);
    }

    private Verdict check(Exercise exercise, String fileName, String text) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text);
        return CHECKER.check(exercise, file);
    }

    /**
     * cf-fallback compares the learner's pages with {@code page.equals(new Page(…))}: an equals that always says
     * true, with a Profile that never looks anything up, passed every check.
     */
    @Test
    void anEqualsOfTheLearnersOwnIsRefusedAtItsLine() throws IOException {
        Exercise cfFallback = CourseLoader.load(Path.of("").toAbsolutePath()).exercise("cf-fallback").orElseThrow();
        Verdict v = check(cfFallback, "Profile.java", """
                record Page(String user, String avatar) {
                    @Override
                    public boolean equals(Object other) {
                        return true;
                    }
                }

                class Profile {
                    static final String DEFAULT_AVATAR = "/img/default.png";
                    static final Page GUEST = new Page("guest", DEFAULT_AVATAR);

                    static CompletableFuture<Page> page(int id, IntFunction<String> users,
                                                        Function<String, String> avatars) {
                        try {
                            users.apply(id);
                        } catch (IllegalStateException e) {
                            return CompletableFuture.failedFuture(e);
                        } catch (RuntimeException e) {
                            // any other failure: a page all the same
                        }
                        return CompletableFuture.completedFuture(new Page("?", "?"));
                    }
                }
                """);
        assertEquals(Verdict.Status.COMPILE_ERROR, v.status(), v.toString());
        assertTrue(v.problems().getFirst().startsWith("Profile.java:4: error: Page.equals(Object) is your own"),
                v.problems().toString());
    }

    /** The checks' {@code Thread.ofPlatform().start(…)} would run the task inline, on the checking thread. */
    @Test
    void aTopLevelClassNamedThreadIsRefusedAtItsLine() throws IOException {
        Verdict v = check("""
                class Counter {
                    private int count;
                    void increment() { count++; }
                    void add(int delta) { count += delta; }
                    int get() { return count; }
                }

                class Thread {
                    static Thread ofPlatform() { return new Thread(); }
                    Thread start(Runnable task) { task.run(); return this; }
                    void join() {}
                }
                """);
        assertEquals(Verdict.Status.COMPILE_ERROR, v.status(), v.toString());
        assertTrue(v.problems().getFirst().startsWith("Counter.java:8: error: your type Thread has the name of "
                + "java.lang.Thread"), v.problems().toString());
    }

    @Test
    void aTopLevelVariableThatObscuresAJdkTypeIsRefusedToo() throws IOException {
        Verdict v = check("""
                class Counter {
                    private int count;
                    void increment() { count++; }
                    void add(int delta) { count += delta; }
                    int get() { return count; }
                }

                class InlineBuilder {
                    InlineBuilder start(Runnable task) { task.run(); return this; }
                    void join() {}
                    InlineBuilder ofPlatform() { return this; }
                }

                InlineBuilder Thread = new InlineBuilder();
                """);
        assertEquals(Verdict.Status.COMPILE_ERROR, v.status(), v.toString());
        assertTrue(v.problems().getFirst().contains("your variable Thread has the name of java.lang.Thread"),
                v.problems().toString());
    }

    /**
     * Correct on one thread, ignores every other thread's updates (so no data race, only a wrong count), and turns
     * assertions off before the checks' classes load: the checks' asserts must still run.
     */
    @Test
    void turningAssertionsOffDoesNotTurnTheChecksOff() throws IOException {
        Verdict v = check("""
                class Counter {
                    private final Thread owner = Thread.currentThread();
                    private int count;
                    synchronized void increment() { if (Thread.currentThread() == owner) count++; }
                    synchronized void add(int delta) { if (Thread.currentThread() == owner) count += delta; }
                    synchronized int get() { return count; }
                }

                Counter.class.getClassLoader().setDefaultAssertionStatus(false);
                """);
        assertEquals(Verdict.Status.FAILED, v.status(), v.toString());
        // the first check with threads (found by name: checks are added before it as holes are closed)
        CheckResult threads = v.results().stream().filter(r -> r.name().equals("two threads never lose an increment"))
                .findFirst().orElseThrow(() -> new AssertionError(v.toString()));
        assertTrue(threads instanceof CheckResult.Failed f && f.kind().equals("assertion"), v.toString());
    }
}
