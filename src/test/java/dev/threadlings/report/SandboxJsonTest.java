package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.threadlings.course.Language;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.markdown.Columns;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.SandboxReport.Step;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A report as JSON (alone and inside a check's verdict) and as text, whatever its trace looks like: a hang's trace
 * shortened by the explorer (head, a gap, tail), a trace that is only a gap, steps of threads the report has no name
 * for. None of them may crash the report (a crash there would turn the learner's failure into "could not check").
 */
class SandboxJsonTest {
    private static final Messages ZH = new Messages(Language.ZH.locale());

    /** As the explorer shortens a hang: 80 steps, "… 2,880 more steps …", the last 20. */
    private static List<Step> shortened() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            steps.add(new Step(i % 3, "Spin.java:" + (4 + i % 2), "while (!done) { }", "Spin.done → false"));
        }
        steps.add(new Step(-1, "", "", "… 2,880 more steps …"));
        for (int i = 0; i < 20; i++) {
            steps.add(new Step(5, "", "", "Spin.done → false")); // a thread the report has no name for
        }
        return steps;
    }

    private static SandboxReport hang(List<Step> trace) {
        return new SandboxReport(new Finding.Spin(List.of(new Finding.Spin.Spinner("T1", "Spin.java:4")), 2), trace,
                List.of("main", "T1"), List.of(0, 1, 1),
                SandboxReport.Coverage.NONE, List.of());
    }

    @Test
    void aShortenedTraceIsOneGapEntryBetweenNumberedSteps() {
        for (Messages text : List.of(Messages.ENGLISH, ZH)) {
            JsonObject o = JsonParser.parseString(SandboxJson.of(hang(shortened()), text)).getAsJsonObject();
            assertEquals("hang", o.get("class").getAsString());
            assertEquals(1, o.get("exitCode").getAsInt());
            JsonArray trace = o.getAsJsonArray("trace");
            assertEquals(101, trace.size());
            assertEquals("… 2,880 more steps …", trace.get(80).getAsJsonObject().get("gap").getAsString());
            assertEquals(81, trace.get(81).getAsJsonObject().get("step").getAsInt(), "steps count on over the gap");
            assertEquals("T5", trace.get(100).getAsJsonObject().get("thread").getAsString());
        }
        assertEquals("the program came back to a state it was in 2 steps before, every thread that could run having "
                        + "run: that can repeat for ever (a spin or a livelock)",
                JsonParser.parseString(SandboxJson.of(hang(shortened()))).getAsJsonObject().get("message")
                        .getAsString());
    }

    @Test
    void oddTracesNeverCrashTheReport() {
        List<List<Step>> traces = List.of(shortened(), List.of(new Step(-1, "", "", "… 3 more steps …")), List.of(),
                List.of(new Step(7, "", "", "")), shortened().subList(75, 90));
        for (List<Step> trace : traces) {
            SandboxReport r = hang(trace);
            for (Messages text : List.of(Messages.ENGLISH, ZH)) {
                JsonParser.parseString(SandboxJson.of(r, text));
                for (int width : List.of(30, 60, 100, 140)) {
                    SandboxText.describe(r, width, "threadlings sandbox Spin.java", text)
                            .forEach(l -> assertTrue(Columns.width(l.text()) <= width, width + ": " + l.text()));
                }
            }
            CheckResult.Failed failed = new CheckResult.Failed("spins", "", "it hangs", List.of(), "hang",
                    Optional.of(r));
            JsonParser.parseString(VerdictJson.of(List.of(Verdict.of("spin", List.of(failed), 1, 1.0)), 1, Messages.ENGLISH));
        }
    }

    /** A failed check's details (the sandbox's findings and interleaving) follow --lang in JSON as on the screen. */
    @Test
    void aCheckVerdictsDetailsAreInTheReadersLanguage() {
        CheckResult.Failed failed = new CheckResult.Failed("spins", "", "it hangs", List.of(), "hang",
                Optional.of(hang(shortened().subList(0, 4))));
        JsonObject check = JsonParser.parseString(VerdictJson.of(List.of(Verdict.of("spin", List.of(failed), 1, 1.0)),
                1, ZH)).getAsJsonObject().getAsJsonArray("exercises").get(0).getAsJsonObject()
                .getAsJsonArray("checks").get(0).getAsJsonObject();
        String details = check.getAsJsonArray("details").toString();
        assertTrue(details.length() > 20, details);
        assertEquals(List.of(), dev.threadlings.text.EnglishProse.in(details), details);
    }
}
