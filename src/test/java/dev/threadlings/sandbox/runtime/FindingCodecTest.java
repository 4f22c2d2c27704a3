package dev.threadlings.sandbox.runtime;

import dev.threadlings.sandbox.runtime.explore.Deadlock;
import dev.threadlings.sandbox.runtime.race.Race;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of finding crosses the VM boundary and comes back equal; what does not fit is refused. */
class FindingCodecTest {
    private static final List<Frame> FRAMES = List.of(new Frame("Box.take", "REPL.$JShell$12$Box", 18, ""),
            new Frame("", "REPL.$JShell$14", 3, ""));
    private static final RacingAccesses RACE = new RacingAccesses("Worker.stop",
            new RacingAccesses.Access("main", true, "Worker.java:9"),
            new RacingAccesses.Access("T1 \"worker\"", false, "Worker.java:4"));
    private static final List<Waiter> WAITERS = List.of(
            new Waiter("T1", List.of("Box@1a2b"), new Awaited.Lock("monitor", "Box@3c4d", "T2"), null, false, FRAMES),
            new Waiter("T2", List.of(), new Awaited.Lock("monitor", "Box@1a2b", null), null, false, List.of()),
            new Waiter("T3", List.of(), new Awaited.Signal("wait()", "Box@1a2b"), null, true, List.of()),
            new Waiter("T4", List.of(), new Awaited.End("T1"), null, false, List.of()),
            new Waiter("T5", List.of(), new Awaited.Timed("tryLock", "ReentrantLock@9"), null, false, List.of()),
            new Waiter("T6", List.of(), new Awaited.Release("CountDownLatch.await()", "CountDownLatch@7"), null,
                    false, List.of()),
            new Waiter("T7", List.of(), new Awaited.Shared("read lock", "ReentrantReadWriteLock@8"), null, false,
                    List.of()),
            new Waiter("T8", List.of(), new Awaited.Idle(), null, false, List.of()),
            new Waiter("T9", List.of(), new Awaited.Sleep(), null, false, List.of()),
            new Waiter("T10", List.of(), new Awaited.Park(), new Missed.UnparkWithPermit("A.java:3", "main"), false,
                    List.of()));
    static final Finding LOST_WAKEUP = new Finding.LostWakeup(
            new Missed.CameBefore("notify()", "Box.java:19", "T2", "T1", "wait()"), List.of(
                    new Waiter("T1", List.of(), new Awaited.Signal("wait()", "Box@1a2b"),
                            new Missed.WokeAnother("notify()", "Box.java:\t19\n", "T2", "T1"), false, FRAMES),
                    new Waiter("T3", List.of(), new Awaited.Park(), new Missed.UnparkBeforeStart("A.java:11", "main"),
                            false, List.of())),
            List.of(new Waiter.Leak("T4", List.of("ReentrantLock@1f"))));

    /** One or more of every finding, with every part. */
    static final List<Finding> EXAMPLES = List.of(
            new Finding.Thrown("main", true, "AssertionError", "expected 2\\ but\twas 1", FRAMES,
                    new Cause.Race(RACE, List.of(RACE), 3)),
            new Finding.Thrown("T1", false, "IllegalStateException", null, List.of(), new Cause.Unknown()),
            new Finding.Thrown("T1", true, "AssertionError", "", List.of(), new Cause.Interleaving()),
            new Finding.Thrown("T2", true, "AssertionError", "x",  List.of(),
                    new Cause.Liberty(Cause.Liberty.Kind.SPURIOUS_WAKEUP, "T2")),
            new Finding.Exited("T1", -3, FRAMES),
            new Finding.Deadlock(Finding.Deadlock.Reason.NO_SIGNAL_SENT, WAITERS, List.of()),
            LOST_WAKEUP,
            new Finding.DataRace(RACE, List.of(RACE, RACE), 0),
            new Finding.StepLimit(20_000),
            new Finding.Spin(List.of(new Finding.Spin.Spinner("T1", "Spin.java:4"), new Finding.Spin.Spinner("main",
                    "Spin.java:9")), 6),
            new Finding.Spinning(List.of(new Stalled("T1", true, "runnable", "", FRAMES))),
            new Finding.StillRunning("2.0", List.of(new Finding.StillRunning.Running("\"worker\"", FRAMES))),
            new Finding.Blocked(null, List.of(new Stalled("T1", false, "waiting", "", List.of()))),
            new Finding.Blocked("LockSupport.park", List.of(new Stalled("T1", false, "waiting", "LockSupport.park",
                    FRAMES))),
            new Finding.NotModelled("new ThreadPoolExecutor", "Pool.java:4",
                    Finding.NotModelled.Advice.USE_EXECUTORS_FACTORIES),
            new Finding.ForeignThreads(List.of("ForkJoinPool-1-worker-1", "Timer-0"), true),
            new Finding.NotLoaded("java.lang.NoClassDefFoundError: Box"),
            new Finding.SandboxFailed(Finding.SandboxFailed.Reason.EXPLORER, "java.lang.OutOfMemoryError",
                    List.of("a", "")),
            new Finding.EndedEarly(3),
            new Finding.NotCompiled(List.of("Box.java:3: ';' expected")));

    @Test
    void everyFindingRoundTrips() {
        for (Finding f : EXAMPLES) {
            assertEquals(f, FindingCodec.decode(FindingCodec.encode(f), Finding.class, x -> x), f::toString);
        }
    }

    @Test
    void theExamplesHaveEveryKindOfFinding() {
        Set<Class<?>> seen = new HashSet<>();
        EXAMPLES.forEach(f -> seen.add(f.getClass()));
        assertEquals(Set.copyOf(Arrays.asList(Finding.class.getPermittedSubclasses())), seen);
    }

    @Test
    void aLimitRoundTrips() {
        Limit l = new Limit.DetectorGaveUp(1_234, 64);
        assertEquals(l, FindingCodec.decode(FindingCodec.encode(l), Limit.class, x -> x));
    }

    @Test
    void framesAreMappedWhileDecoding() {
        Finding f = new Finding.Exited("main", 1, FRAMES);
        Finding.Exited back = (Finding.Exited) FindingCodec.decode(FindingCodec.encode(f), Finding.class,
                x -> x.at("Box.java:" + (x.line() - 15)));
        assertEquals(List.of("Box.java:3", "Box.java:-12"), back.frames().stream().map(Frame::source).toList());
    }

    @Test
    void whatDoesNotFitIsRefusedNotGuessed() {
        String good = FindingCodec.encode(new Finding.StepLimit(7));
        assertEquals("StepLimit\t7", good);
        for (String bad : List.of("StepLimt\t7", "StepLimit\tseven", "StepLimit", "StepLimit\t7\t8", "Frame\t=a\t=b\t1\t=",
                "Exited\tmain\t1\t#0", "Exited\t=main\t1\t#2\t-", "Deadlock\tSOMETIMES\t#0\t#0", "Spinning\t#1\tStepLimit\t1",
                "Blocked\t-\t#1\tStalled\t=T1\tmaybe\t=w\t=\t#0")) {
            assertThrows(IllegalArgumentException.class, () -> FindingCodec.decode(bad, Finding.class, x -> x), bad);
        }
    }
}
