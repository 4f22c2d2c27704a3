package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Search;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.report.SandboxText;
import dev.threadlings.report.Styled;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A free run (one run on real threads, the race detector listening): no race on any correct corpus program, whatever
 * JDK hand-off it uses; the silent races found at their lines; what else a run can end in.
 */
class SandboxFreeRunTest {
    /**
     * Silent races a single run finds only if its timing is right, because in other runs the accesses really are
     * ordered: in double-checked locking the second thread may come late enough to take the lock after the first;
     * the waiter may find the flag already set and take the monitor after the worker; one pool thread may run both
     * tasks, one after the other; a Phaser's worker may arrive before main, whose arrival then completes the phase
     * and takes in the worker's write; a task that ended before main's next call on its pool or completion service
     * is taken in by that call (a free run's pool hand-offs are coarser than the explorer's).
     */
    private static final Set<String> TIMING = Set.of("SilentDoubleCheckedLocking.java",
            "SilentDoubleCheckedImmutable.java", "SilentFlagOutsideLock.java", "CompletableFutureListRace.java",
            "PhaserArriveWithoutAwait.java", "CompletionServiceReadsTaskState.java",
            "StaticPoolSubmitsInInitializer.java");

    /** Every correct corpus program with {@code -Dcorpus.full=true} (CI's second command), a sixth otherwise. */
    static Stream<SandboxCorpusTest.Program> correct() throws IOException {
        return SandboxCorpusTest.sampledUnlessFull(SandboxCorpusTest.programs().filter(p -> p.expect().equals("none")));
    }

    /**
     * Silent races that only the explorer hears so far: a free run has no hook for VarHandle accesses, for a
     * StampedLock optimistic read that is never validated, or for a collection or array handed to a JDK call as an
     * argument (the explorer's models have one for each); and it misses the race of a CyclicBarrier round whose last
     * arriver sums what the others already write for the next round (the explorer's barrier model orders only the
     * barrier action before the release; the free run's, found missing it, is still to be made as exact). Free runs
     * grade only the event-loop checks, which use no barrier.
     */
    private static final Set<String> EXPLORER_ONLY = Set.of("VarHandlePlainFlag.java",
            "VarHandleSpinLockPlainUnlock.java", "StampedOptimisticNeverValidated.java",
            "ArraysHelpersSilentRace.java", "CopyConstructorSilentRace.java", "BarrierTotalAfterRelease.java",
            "VarHandlePlainCounterRace.java", "VarHandleArrayPlainPublication.java");

    static Stream<SandboxCorpusTest.Program> silent() throws IOException {
        return SandboxCorpusTest.programs().filter(p -> p.expect().equals("data-race")
                && !TIMING.contains(p.file().getFileName().toString())
                && !EXPLORER_ONLY.contains(p.file().getFileName().toString()));
    }

    private static final ExploreSettings FREE = ExploreSettings.defaults().withSearch(Search.FREE).withSeconds(10);

    private static SandboxReport run(String name, String source, ExploreSettings settings) {
        return Sandbox.explore(ProgramScenario.of(name, source), settings);
    }

    private static String text(SandboxReport r) {
        return SandboxText.describe(r, 120, "").stream().map(Styled::text).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @Execution(ExecutionMode.CONCURRENT)
    @MethodSource("correct")
    void noRaceInCorrectPrograms(SandboxCorpusTest.Program p) throws IOException {
        String name = p.file().getFileName().toString();
        SandboxReport r = run(name, Files.readString(p.file()), FREE);
        assertFalse(r.outcome() == SandboxOutcome.DATA_RACE, () -> p + " is race-free:\n" + text(r));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // -Dcorpus.only may select none
    @Execution(ExecutionMode.CONCURRENT)
    @MethodSource("silent")
    void silentRacesFoundWithTheirLines(SandboxCorpusTest.Program p) throws IOException {
        String name = p.file().getFileName().toString();
        SandboxReport r = run(name, Files.readString(p.file()), FREE);
        String report = text(r);
        assertEquals("data-race", r.outcome().id(), () -> p + ":\n" + report);
        // the corpus names the lines its explorer report shows (trace included); the race itself names some of them
        assertTrue(p.lines().stream().anyMatch(line -> SandboxText.message(r).contains(name + ":" + line)),
                () -> p + ": the race should name one of the lines " + p.lines() + ":\n" + report);
    }

    static Stream<java.nio.file.Path> raceFree() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of("src/test/resources/sandbox/free"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList().stream();
        }
    }

    /**
     * Correct programs whose hand-offs a free run must see although they are not plain JDK calls: a loop that is the
     * first statement of a synchronized block, an interrupted wait, compute's function, a class's initializer, a
     * failed task's get/join, a volatile read-modify-write, fork/join tasks, parallel streams, parallelSetAll.
     */
    @ParameterizedTest(name = "{0}")
    @Execution(ExecutionMode.CONCURRENT)
    @MethodSource("raceFree")
    void noRaceInTrickyCorrectPrograms(java.nio.file.Path file) throws IOException {
        SandboxReport r = run(file.getFileName().toString(), Files.readString(file), FREE);
        assertEquals("none", r.outcome().id(), () -> file + ":\n" + text(r));
    }

    @Test
    void anExceptionInAWorkerIsReported() {
        SandboxReport r = run("Boom.java", """
                public class Boom {
                    public static void main(String[] args) throws InterruptedException {
                        Thread t = new Thread(() -> { throw new IllegalStateException("no stock"); }, "worker");
                        t.start();
                        t.join();
                    }
                }
                """, FREE);
        assertEquals("exception", r.outcome().id(), () -> text(r));
        assertTrue(SandboxText.message(r).contains("\"worker\" threw IllegalStateException: no stock"), () -> SandboxText.message(r));
    }

    @Test
    void exitIsReportedAndTheRunEnds() {
        SandboxReport r = run("Quit.java", """
                public class Quit {
                    public static void main(String[] args) {
                        System.exit(3);
                    }
                }
                """, FREE);
        assertEquals("exit", r.outcome().id(), () -> text(r));
    }

    @Test
    void aDeadlockEndsAsAHangWithinTheBudget() {
        SandboxReport r = run("Stuck.java", """
                public class Stuck {
                    static final Object A = new Object(), B = new Object();
                    public static void main(String[] args) throws InterruptedException {
                        var latch = new java.util.concurrent.CountDownLatch(2);
                        Thread t = new Thread(() -> { synchronized (A) { latch.countDown(); await(latch); synchronized (B) { } } });
                        t.start();
                        synchronized (B) { latch.countDown(); await(latch); synchronized (A) { } }
                    }
                    static void await(java.util.concurrent.CountDownLatch l) {
                        try { l.await(); } catch (InterruptedException e) { throw new RuntimeException(e); }
                    }
                }
                """, ExploreSettings.defaults().withSearch(Search.FREE).withSeconds(2));
        assertEquals("hang", r.outcome().id(), () -> text(r));
        assertTrue(SandboxText.message(r).contains("still running after 2.0 s"), () -> SandboxText.message(r));
    }

    @Test
    void aRaceBehindALockOfTheWrongObjectIsFoundAtFullSpeed() {
        // 40,000 increments: far too many steps to explore, one free run sees the race
        SandboxReport r = run("Tally.java", """
                public class Tally {
                    static long total;
                    public static void main(String[] args) throws InterruptedException {
                        Runnable work = () -> {
                            for (int i = 0; i < 20_000; i++) {
                                synchronized (new Object()) {
                                    total++;
                                }
                            }
                        };
                        Thread a = new Thread(work), b = new Thread(work);
                        a.start(); b.start(); a.join(); b.join();
                    }
                }
                """, FREE);
        assertEquals("data-race", r.outcome().id(), () -> text(r));
        assertTrue(SandboxText.message(r).startsWith("data race on Tally.total"), () -> SandboxText.message(r));
    }
}
