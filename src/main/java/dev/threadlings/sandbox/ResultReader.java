package dev.threadlings.sandbox;

import dev.threadlings.eval.SourceMap;
import dev.threadlings.sandbox.runtime.Exploration;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import java.util.List;

/**
 * Turns the explorer's result (result.txt, its seal checked, decoded by {@link ExplorerCodec}) into a report,
 * mapping snippet locations in frames ({@code #12:4}) to the learner's lines.
 */
final class ResultReader {
    private ResultReader() {}

    static SandboxReport read(String text, SourceMap sources, ExploreSettings settings) {
        Exploration e;
        try {
            e = ExplorerCodec.decodeExploration(text);
        } catch (IllegalArgumentException bad) { // same build on both sides: a bug of the sandbox, never a verdict
            return SandboxReport.error("the explorer's result could not be read: " + bad.getMessage(), List.of());
        }
        SandboxOutcome outcome = e.failure() == null ? SandboxOutcome.NONE : SandboxOutcome.of(e.failure().kind());
        String message = e.failure() == null ? "" : e.failure().message();
        List<String> details = e.failure() == null ? List.of()
                : e.failure().details().stream().map(d -> frame(d, sources)).toList();
        List<SandboxReport.Step> trace = e.trace().stream()
                .map(t -> new SandboxReport.Step(t.thread(), t.location(), "", t.what())).toList();
        return new SandboxReport(outcome, message, details, trace, e.threads(), e.choices(),
                new SandboxReport.Coverage(settings.search(), e.schedules(), e.systematic(), e.exhaustive(),
                        e.preemptionBound(), e.strategies(), e.seconds(), e.unmanagedWarnings()), e.limits());
    }

    /** {@code frame|Counter.increment|REPL.$JShell$12$Counter|18} → {@code at Counter.increment (Counter.java:3)}. */
    static String frame(String detail, SourceMap sources) {
        if (!detail.startsWith("frame|")) {
            return detail;
        }
        String[] p = detail.split("\\|");
        String at = sources.locateClassLine(p[2], Integer.parseInt(p[3]));
        return "  at " + (p[1].isEmpty() ? "" : p[1] + " ") + "(" + (at == null ? "line " + p[3] : at) + ")";
    }
}
