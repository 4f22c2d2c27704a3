package dev.threadlings.checking;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A check's own time limits ({@link Within}) never accuse a correct solution on a busy machine, and still fail a
 * serial one. The machine is made busy on purpose, the same way every run: as soon as the check under test first
 * asks Within for the time (its SelfWatch thread appears), the learner VM is stopped (SIGSTOP) for 150 ms of every
 * 175 — it gets at most a seventh of the wall time, as a VM among thirty busy processes on two cores does. The
 * reference passes the check that decides by time; the wrong variant that runs one thing after the other still
 * fails it, for its named reason. Each run takes tens of seconds stopped: it runs with the graders' proof (CI's
 * second command).
 */
@Isolated // the VM it stops must be the one its check started
@EnabledIfSystemProperty(named = "course.proof", matches = "true", disabledReason = StarvedChecksTest.COMMAND)
class StarvedChecksTest {
    static final String COMMAND = "run with: mvn -B test -Dtest=StarvedChecksTest -Dcourse.proof=true";
    private static final ExerciseChecker CHECKER = new ExerciseChecker();
    private static final long STOPPED_MS = 150;
    private static final long RUNNING_MS = 25;

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "cf-prices | the lookups run at the same time, on the executor | join-in-loop",
            "scheduling-timeout | a slow task gives the fallback in time and is cancelled | complete-on-timeout"})
    void aStarvedVmPassesTheReferenceAndFailsTheSerialVariant(String id, String check, String serial)
            throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "stopping a VM needs Linux's /proc");
        Exercise exercise = CourseLoader.load(Path.of("").toAbsolutePath()).exercise(id).orElseThrow();
        CheckResult reference = starved(exercise, exercise.solutionFile(), check);
        assertInstanceOf(CheckResult.Passed.class, reference, () -> "the reference, starved: " + reference);
        String fails = Files.readString(exercise.dir().resolve("wrong").resolve(serial).resolve("why.md"));
        assertTrue(fails.contains("fails: " + check), serial + " is named for " + check);
        CheckResult wrong = starved(exercise, exercise.dir().resolve("wrong").resolve(serial)
                .resolve(exercise.fileName()), check);
        assertInstanceOf(CheckResult.Failed.class, wrong, () -> serial + ", starved: " + wrong);
        assertEquals("holds", ((CheckResult.Failed) wrong).kind(), () -> serial + ", starved: " + wrong);
    }

    /** The named check's result for {@code file}, its learner VM starved from its first Within on. */
    private static CheckResult starved(Exercise exercise, Path file, String check) throws Exception {
        Verdict verdict;
        try (Starver starver = new Starver()) {
            verdict = CHECKER.check(exercise, file, CheckPlan.through(check));
            // at least once, from the check's first Within call on: on a quiet machine the reference's check can
            // end within the first 175 ms cycle (CI's clean run: one stop); a check back on the wall clock is
            // never stopped at all, since the VM is picked by Within's clock thread
            assertTrue(starver.stops() >= 1, () -> "the learner VM was stopped " + starver.stops() + " times");
        }
        return verdict.results().stream().filter(r -> r.name().equals(check)).findFirst().orElseThrow();
    }

    /** Stops and continues the learner VM that runs Within's clock, until closed. */
    private static final class Starver implements AutoCloseable {
        private final AtomicInteger stops = new AtomicInteger();
        private volatile long stopped = -1;
        private final Thread thread = Thread.ofPlatform().daemon().name("starver").start(this::run);

        int stops() {
            return stops.get();
        }

        private void run() {
            try {
                while (true) {
                    long vm = clockedVm();
                    if (vm < 0) {
                        Thread.sleep(2);
                        continue;
                    }
                    stopped = vm;
                    signal("-STOP", vm);
                    stops.incrementAndGet();
                    Thread.sleep(STOPPED_MS);
                    signal("-CONT", vm);
                    stopped = -1;
                    Thread.sleep(RUNNING_MS);
                }
            } catch (InterruptedException | IOException e) {
                // the test is over
            }
        }

        /** A learner VM (a java process below this one) with Within's clock thread, or -1. */
        private static long clockedVm() {
            return ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(
                            "dev.threadlings.eval.RemoteAgent")).orElse(false))
                    .filter(p -> hasThread(p.pid(), "threadlings-che")) // comm holds 15 characters
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        }

        private static boolean hasThread(long pid, String comm) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                return tasks.anyMatch(t -> {
                    try {
                        return Files.readString(t.resolve("comm")).strip().equals(comm);
                    } catch (IOException e) {
                        return false;
                    }
                });
            } catch (IOException e) {
                return false;
            }
        }

        private static void signal(String signal, long pid) throws IOException, InterruptedException {
            new ProcessBuilder(List.of("kill", signal, Long.toString(pid))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }

        @Override
        public void close() throws Exception {
            thread.interrupt();
            thread.join();
            long pid = stopped;
            if (pid > 0) {
                signal("-CONT", pid);
            }
        }
    }
}
