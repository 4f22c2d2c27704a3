package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.grade.CheckResult;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.RacingAccesses;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failed check's sandbox evidence, rendered where it is shown, fits the width and does not repeat the reason. */
class FailureLinesTest {
    private static final SandboxReport RACE = new SandboxReport(new Finding.DataRace(new RacingAccesses(
            "Counter.count", new RacingAccesses.Access("T2", true, "Counter.java:6"),
            new RacingAccesses.Access("T1", false, "Counter.java:6")), List.of(), 0),
            List.of(new SandboxReport.Step(1, "Counter.java:6", "count++;", "▶ Counter.count → 0"),
                    new SandboxReport.Step(2, "Counter.java:6", "count++;", "▶ Counter.count = 1")),
            List.of("main", "T1", "T2"), List.of(0, 1), SandboxReport.Coverage.NONE, List.of());

    @Test
    void theSandboxEvidenceFitsANarrowScreenAndComesBeforeTheDetails() {
        CheckResult.Failed f = new CheckResult.Failed("get() is safe", "", "it has a " + SandboxText.message(RACE),
                List.of("it printed:", "  1"), "data-race", Optional.of(RACE));
        List<String> lines = FailureLines.text(f, 54, Messages.ENGLISH);
        lines.forEach(l -> assertTrue(l.length() <= 54, l));
        assertFalse(String.join(" ", lines).contains("with no happens-before"), "the reason is not repeated:\n"
                + String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("▶ Counter.count = 1")), String.join("\n", lines));
        assertEquals(List.of("it printed:", "  1"), lines.subList(lines.size() - 2, lines.size()));
    }

    @Test
    void aFailureWithoutTheSandboxShowsItsDetailsOnly() {
        CheckResult.Failed f = new CheckResult.Failed("c", "", "wrong", List.of("- 2", "+ 1"), "output");
        assertEquals(List.of("- 2", "+ 1"), FailureLines.text(f, 60, Messages.ENGLISH));
    }
}
