package dev.threadlings.report;

import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.runtime.Searched;
import dev.threadlings.text.Messages;
import java.util.List;

/** How much the sandbox explored, in words: "all 37 schedules with ≤ 2 preemptions", "1,000 schedules (PCT)". */
public final class CoverageText {
    private CoverageText() {}

    public static String of(SandboxReport.Coverage c, Messages text) {
        if (c.search() == Search.FREE) {
            return strategies(c.strategies(), text);
        }
        if (c.exhaustive()) {
            return c.schedules() > c.systematic()
                    ? text.get("coverage.all.more", c.systematic(), c.bound(), c.schedules() - c.systematic())
                    : text.get("coverage.all", c.systematic(), c.bound());
        }
        return text.get("coverage.some", c.schedules(), strategies(c.strategies(), text));
    }

    private static String strategies(List<Searched> used, Messages text) {
        String out = null;
        for (Searched s : used) {
            String said = switch (s) {
                case Searched.BoundedSearch b -> text.get("coverage.bounded", b.preemptions());
                case Searched.DirectedSchedules d -> text.get("coverage.directed");
                case Searched.Pct p -> text.get("coverage.pct");
                case Searched.RandomWalks r -> text.get("coverage.random");
                case Searched.RaceReversed r -> text.get("coverage.race-reversed");
                case Searched.Replay r -> text.get("coverage.replay");
                case Searched.OneFreeRun f -> f.detectorGaveUpAbove() == 0 ? text.get("coverage.free")
                        : text.get("coverage.free.gave-up", f.detectorGaveUpAbove());
            };
            out = out == null ? said : text.get("coverage.and", out, said);
        }
        return out == null ? "" : out;
    }
}
