package dev.threadlings.sandbox;

import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default search's directed schedules: a lock cycle through every thread and a reader that must fall between
 * one of many writers' two writes each take one schedule after the first, where bounded search and PCT need
 * thousands or never get there; what they find replays exactly and is shrunk like any failure.
 */
class SandboxSearchTest {
    private static final String PHILOSOPHERS = """
            public class Table {
                static final int N = 6;
                static final Object[] forks = new Object[N];
                public static void main(String[] args) throws InterruptedException {
                    for (int i = 0; i < N; i++) forks[i] = new Object();
                    Thread[] ps = new Thread[N];
                    for (int i = 0; i < N; i++) {
                        int me = i;
                        ps[i] = new Thread(() -> {
                            synchronized (forks[me]) {
                                synchronized (forks[(me + 1) % N]) {
                                }
                            }
                        });
                        ps[i].start();
                    }
                    for (Thread p : ps) p.join();
                }
            }
            """;

    private static final String TORN = """
            public class Torn {
                static volatile int lo, hi;
                public static void main(String[] args) throws InterruptedException {
                    Thread[] ts = new Thread[21];
                    for (int i = 0; i < 20; i++) ts[i] = new Thread(() -> { lo = 1; hi = 1; });
                    ts[20] = new Thread(() -> { int a = lo; int b = hi; assert a == b : a + " " + b; });
                    for (Thread t : ts) t.start();
                    for (Thread t : ts) t.join();
                }
            }
            """;

    private static SandboxReport explore(String file, String text, ExploreSettings settings) {
        return Sandbox.explore(ProgramScenario.of(file, text), settings);
    }

    /** The steps without identity hash codes (Object@1a2b), which differ from one explorer VM to the next. */
    private static List<String> steps(SandboxReport r) {
        return r.trace().stream().map(s -> s.thread() + " " + s.location() + " " + s.what().replaceAll("@[0-9a-f]+",
                "@")).toList();
    }

    @Test
    void aLockCycleThroughSixThreadsClosesInTheSecondSchedule() {
        SandboxReport r = explore("Table.java", PHILOSOPHERS, ExploreSettings.defaults());
        assertEquals("deadlock", r.outcome().id(), SandboxText.message(r));
        assertEquals(2, r.coverage().schedules(), "the first schedule, then lock holders last");
        SandboxReport again = explore("Table.java", PHILOSOPHERS, ExploreSettings.defaults().withReplay(r.choices()));
        assertEquals("deadlock", again.outcome().id());
        assertEquals(steps(r), steps(again), "the replay follows the same steps");
    }

    @Test
    void aReaderBetweenOneOfTwentyWritersTwoWritesIsAFlipAway() {
        SandboxReport r = explore("Torn.java", TORN, ExploreSettings.defaults());
        assertEquals("assertion", r.outcome().id(), SandboxText.message(r));
        assertTrue(r.coverage().schedules() <= 3, "found after " + r.coverage().schedules() + " schedules");
        List<SandboxReport.Step> steps = r.trace();
        int switches = 0;
        for (int i = 1; i < steps.size(); i++) {
            switches += steps.get(i).thread() != steps.get(i - 1).thread() ? 1 : 0;
        }
        assertTrue(switches <= 4, "shrunk to the writer, the reader and back; got " + switches + ": " + steps);
        SandboxReport again = explore("Torn.java", TORN, ExploreSettings.defaults().withReplay(r.choices()));
        assertEquals("assertion", again.outcome().id());
        assertEquals(steps(r), steps(again), "the replay follows the same steps");
    }

    @Test
    void anExplicitStrategyKeepsItsMeaning() {
        SandboxReport r = explore("Torn.java", TORN, ExploreSettings.defaults().withSearch(Search.DFS).withBudget(40));
        assertFalse(SandboxText.coverage(r).contains("directed"), SandboxText.coverage(r));
    }
}
