package dev.threadlings.sandbox;

import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays are exact, traces are shrunk, and nothing learner code does escapes the explorer VM. */
class SandboxBehaviourTest {
    private static final String LOST_UPDATE = """
            public class LostUpdate {
                static int count;
                public static void main(String[] args) throws InterruptedException {
                    Thread a = new Thread(() -> count++);
                    Thread b = new Thread(() -> count++);
                    a.start();
                    b.start();
                    a.join();
                    b.join();
                    assert count == 2 : "expected 2 but was " + count;
                }
            }
            """;

    private static SandboxReport explore(String file, String text, ExploreSettings settings) {
        return Sandbox.explore(ProgramScenario.of(file, text), settings);
    }

    private static ExploreSettings quick() {
        return ExploreSettings.defaults().withBudget(500);
    }

    @Test
    void aFailingScheduleReplaysExactlyTenTimesOutOfTen() {
        SandboxReport found = explore("LostUpdate.java", LOST_UPDATE, quick());
        assertEquals("assertion", found.outcome().id());
        for (int i = 0; i < 10; i++) {
            SandboxReport replay = explore("LostUpdate.java", LOST_UPDATE, quick().withReplay(found.choices()));
            assertEquals("assertion", replay.outcome().id(), "replay " + i);
            assertEquals(found.trace(), replay.trace(), "replay " + i + " follows the same steps");
        }
    }

    @Test
    void theTraceIsShrunkToTheOneSwitchThatLosesTheUpdate() {
        SandboxReport r = explore("LostUpdate.java", LOST_UPDATE, quick());
        List<SandboxReport.Step> steps = r.trace();
        int switches = 0;
        for (int i = 1; i < steps.size(); i++) {
            switches += steps.get(i).thread() != steps.get(i - 1).thread() ? 1 : 0;
        }
        assertTrue(switches <= 5, "a lost update needs few switches, got " + switches + ": " + steps);
        assertTrue(steps.stream().anyMatch(s -> s.location().equals("LostUpdate.java:4")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.location().equals("LostUpdate.java:5")), steps.toString());
    }

    @Test
    void exitIsReportedNotObeyed() {
        SandboxReport r = explore("Exit.java", """
                public class Exit {
                    public static void main(String[] args) throws Exception {
                        Thread t = new Thread(() -> System.exit(3));
                        t.start();
                        t.join();
                    }
                }
                """, quick());
        assertEquals("exit", r.outcome().id());
        assertTrue(SandboxText.message(r).contains("System.exit(3)"), SandboxText.message(r));
    }

    /**
     * The loop never ends, but its counter never repeats a state: the sandbox cannot show it goes round for ever, so
     * it says it could not check it (a step limit is no evidence of a hang) — and the schedule still ends, though the
     * loop swallows the sandbox's own abort.
     */
    @Test
    void anEndlessLoopThatCatchesEverythingEndsAtTheStepLimit() {
        SandboxReport r = explore("Loop.java", """
                public class Loop {
                    static int spins;
                    public static void main(String[] args) {
                        while (true) {
                            try { spins++; } catch (Throwable t) { }
                        }
                    }
                }
                """, quick());
        assertEquals("not-modelled", r.outcome().id(), SandboxText.message(r));
        assertTrue(SandboxText.message(r).contains("still running after 40000 steps"), SandboxText.message(r));
    }

    @Test
    void runningOutOfMemoryIsAnExceptionOfTheProgram() {
        SandboxReport r = explore("Oom.java", """
                import java.util.*;
                public class Oom {
                    public static void main(String[] args) {
                        List<long[]> hog = new ArrayList<>();
                        while (true) hog.add(new long[10_000_000]);
                    }
                }
                """, quick());
        assertEquals("exception", r.outcome().id(), SandboxText.message(r));
        assertTrue(SandboxText.message(r).contains("OutOfMemoryError"), SandboxText.message(r));
    }

    @Test
    void thousandsOfThreadsDoNotBreakTheSandbox() {
        SandboxReport r = explore("Many.java", """
                import java.util.concurrent.atomic.AtomicInteger;
                public class Many {
                    public static void main(String[] args) throws Exception {
                        AtomicInteger done = new AtomicInteger();
                        Thread[] ts = new Thread[10_000];
                        for (int i = 0; i < ts.length; i++) ts[i] = Thread.ofVirtual().start(done::incrementAndGet);
                        for (Thread t : ts) t.join();
                        assert done.get() == 10_000;
                    }
                }
                """, ExploreSettings.defaults().withSearch(Search.RANDOM).withBudget(1).withSeconds(900).withBound(0)
                        .withMaxSteps(200_000));
        assertTrue(List.of("none", "hang").contains(r.outcome().id()), r.outcome() + ": " + SandboxText.message(r));
    }
}
