package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlings.course.Language;
import dev.threadlings.sandbox.SandboxReport.Coverage;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.runtime.Searched;
import dev.threadlings.text.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much was explored, said from the search's typed parts: the English of before, and Chinese. */
class CoverageTextTest {
    private static final Messages ZH = new Messages(Language.ZH.locale());
    private static final List<Searched> AUTO = List.of(new Searched.BoundedSearch(2), new Searched.DirectedSchedules(),
            new Searched.Pct());

    @Test
    void everyShapeOfCoverage() {
        Coverage all = new Coverage(Search.AUTO, 37, 37, true, 2, AUTO, 0.4, 0);
        assertEquals("all 37 schedules with ≤ 2 preemptions", CoverageText.of(all, Messages.ENGLISH));
        assertEquals("抢占不超过 2 次的全部 37 种调度", CoverageText.of(all, ZH));
        Coverage more = new Coverage(Search.AUTO, 1237, 37, true, 2, AUTO, 0.4, 0);
        assertEquals("all 37 schedules with ≤ 2 preemptions, then 1,200 more (PCT and random walks)",
                CoverageText.of(more, Messages.ENGLISH));
        Coverage some = new Coverage(Search.AUTO, 2000, 1000, false, 2,
                List.of(new Searched.BoundedSearch(2), new Searched.Pct(), new Searched.RaceReversed()), 20, 0);
        assertEquals("2,000 schedules (every schedule with ≤ 2 preemptions, PCT, the race reversed)",
                CoverageText.of(some, Messages.ENGLISH));
        assertEquals("2,000 种调度（抢占不超过 2 次的每一种调度，PCT 调度，反转了竞争的顺序）", CoverageText.of(some, ZH));
        Coverage one = new Coverage(Search.AUTO, 1, 0, false, 2, List.of(new Searched.Replay()), 0.1, 0);
        assertEquals("1 schedule (replay)", CoverageText.of(one, Messages.ENGLISH));
        Coverage none = new Coverage(Search.RANDOM, 0, 0, false, 2, List.of(new Searched.RandomWalks()), 0, 0);
        assertEquals("0 schedules (random walks)", CoverageText.of(none, Messages.ENGLISH));
        Coverage free = new Coverage(Search.FREE, 1, 0, false, 0, List.of(new Searched.OneFreeRun(64)), 2, 0);
        assertEquals("one free run on real threads (race detection gave up: more than 64 threads)",
                CoverageText.of(free, Messages.ENGLISH));
        assertEquals("一次在真实线程上的自由运行", CoverageText.of(new Coverage(Search.FREE, 1, 0, false, 0,
                List.of(new Searched.OneFreeRun(0)), 2, 0), ZH));
    }
}
