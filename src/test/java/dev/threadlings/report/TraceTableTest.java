package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.SandboxReport.Step;
import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing interleaving fits the screen it is shown on, with the learner's own source lines. */
class TraceTableTest {
    private static final SandboxReport LOST_UPDATE = new SandboxReport(new Finding.Thrown("main", true,
            "AssertionError", null, List.of(), new Cause.Unknown()), List.of(
                    new Step(0, "checks.md:25", "Thread a = Thread.ofPlatform().start(counter::increment);",
                            "start T1"),
                    new Step(0, "checks.md:26", "Thread b = Thread.ofPlatform().start(counter::increment);",
                            "start T2"),
                    new Step(1, "Counter.java:6", "count++;", "▶ Counter.count → 0"),
                    new Step(2, "Counter.java:6", "count++;", "Counter.count → 0"),
                    new Step(2, "Counter.java:6", "count++;", "▶ Counter.count = 1"),
                    new Step(1, "Counter.java:6", "count++;", "Counter.count = 1"),
                    new Step(-1, "", "", "… 3 more steps …")),
            List.of("main", "T1", "T2"), List.of(0, 1), SandboxReport.Coverage.NONE, List.of());

    @Test
    void aWideScreenGetsAColumnPerThreadAndTheSourceLines() {
        List<String> lines = TraceTable.render(LOST_UPDATE, 140);
        assertTrue(lines.getFirst().contains("code"), lines.getFirst());
        assertTrue(lines.stream().anyMatch(l -> l.contains("count++;") && l.contains("▶ Counter.count → 0")),
                String.join("\n", lines));
        lines.forEach(l -> assertTrue(l.length() <= 140, l));
        assertTrue(lines.contains("      … 3 more steps …"));
    }

    @Test
    void aSixtyColumnScreenGetsAListThatCutsNoValue() {
        List<String> lines = TraceTable.render(LOST_UPDATE, 60);
        lines.forEach(l -> assertTrue(l.length() <= 60, l));
        assertTrue(lines.contains("        ▶ Counter.count = 1"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("T2    Counter.java:6  count++;")), String.join("\n", lines));
    }

    @Test
    void aTextTooLongForItsColumnIsCutAtABoundaryNotInsideAToken() {
        assertEquals("Thread a = Thread.ofPlatform().start(…",
                TraceTable.fit("Thread a = Thread.ofPlatform().start(counter::increment);", 40));
        assertEquals("Counter.count →…", TraceTable.fit("Counter.count → 12345", 18));
        assertEquals("short", TraceTable.fit("short", 18));
    }
}
