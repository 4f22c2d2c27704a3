package dev.threadlings.sandbox;

import dev.threadlings.eval.SourceMap;
import dev.threadlings.sandbox.runtime.Exploration;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.Finding;
import java.util.List;

/**
 * Turns the explorer's result (result.txt, its seal checked, decoded by {@link ExplorerCodec}) into a report,
 * mapping the finding's frames (class and line in the explorer VM) to the learner's files and lines.
 */
final class ResultReader {
    private ResultReader() {}

    static SandboxReport read(String text, SourceMap sources, ExploreSettings settings) {
        Exploration e;
        try {
            e = ExplorerCodec.decodeExploration(text, f -> f.at(sources.locateClassLine(f.className(), f.line())));
        } catch (IllegalArgumentException bad) { // same build on both sides: a bug of the sandbox, never a verdict
            return SandboxReport.error(Finding.SandboxFailed.Reason.UNREADABLE, bad.getMessage(), List.of());
        }
        List<SandboxReport.Step> trace = e.trace().stream()
                .map(t -> new SandboxReport.Step(t.thread(), t.location(), "", t.what())).toList();
        return new SandboxReport(e.failure(), trace, e.threads(), e.choices(),
                new SandboxReport.Coverage(settings.search(), e.schedules(), e.systematic(), e.exhaustive(),
                        e.preemptionBound(), e.strategies(), e.seconds(), e.unmanagedWarnings()), e.limits());
    }
}
