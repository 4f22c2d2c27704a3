package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.markdown.Columns;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.SandboxReport.Step;
import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads named in Chinese: the trace's columns are counted in terminal columns, so they still line up. */
class TraceTableWideTest {
    private static final SandboxReport WORKERS = new SandboxReport(new Finding.Thrown("main", true,
            "AssertionError", null, List.of(), new Cause.Unknown()), List.of(
                    new Step(0, "checks.md:25", "a.start();", "start 工人一号"),
                    new Step(1, "Counter.java:6", "count++;", "▶ Counter.count → 0"),
                    new Step(2, "Counter.java:6", "count++;", "Counter.count → 0"),
                    new Step(2, "Counter.java:6", "count++;", "Counter.count = 1 （覆盖了）"),
                    new Step(1, "Counter.java:6", "count++;", "Counter.count = 1")),
            List.of("main", "工人一号", "工人二号"), List.of(0, 1), SandboxReport.Coverage.NONE, List.of());

    @Test
    void columnsLineUpInDisplayColumns() {
        List<String> lines = TraceTable.render(WORKERS, 140);
        String head = lines.getFirst();
        int second = Columns.width(head.substring(0, head.indexOf("工人二号")));
        // T2's steps start in the column its heading starts in, however many chars the heading before it has
        String t2 = lines.stream().filter(l -> l.endsWith("Counter.count → 0") && !l.contains("▶")).findFirst()
                .orElseThrow();
        assertEquals(second, Columns.width(t2.substring(0, t2.indexOf("Counter.count → 0"))), String.join("\n", lines));
        lines.forEach(l -> assertTrue(Columns.width(l) <= 140, l));
    }

    @Test
    void narrowScreensFitInColumns() {
        for (int width : List.of(60, 40)) {
            TraceTable.render(WORKERS, width).forEach(l -> assertTrue(Columns.width(l) <= width, width + ": " + l));
        }
    }

    @Test
    void cuttingCountsColumnsAndNeverSplitsAWideCharacter() {
        String cut = TraceTable.fit("工人一号把计数器从零加到一", 9);
        assertTrue(Columns.width(cut) <= 9, cut);
        assertEquals("工人一号…", cut);
    }

    @Test
    void chineseIsCutAtAClauseOrBetweenCharactersNeverInsideANameOrBeforePunctuation() {
        assertEquals("阻塞：…", TraceTable.fit("阻塞：Account#2 被 T2 持有", 12), "after the clause's colon");
        assertEquals("与 T1 交换：给出 a，…", TraceTable.fit("与 T1 交换：给出 a，得到 b", 22));
        assertEquals("SynchronousQueue.put()…", TraceTable.fit("SynchronousQueue.put()（没有线程来取）", 30),
                "before the bracket, not inside it");
        assertEquals("等待它的监视器…", TraceTable.fit("等待它的监视器释放之后再继续运行", 16), "between characters");
        assertEquals("没有线程来…", TraceTable.fit("没有线程来取。后面", 14), "never before 。 (a cut that would start a line)");
    }

    @Test
    void aNarrowListWrapsChineseByDisplayWidth() {
        SandboxReport r = new SandboxReport(new Finding.Thrown("main", true, "AssertionError", null, List.of(),
                new Cause.Unknown()), List.of(new Step(1, "Bank.java:12", "synchronized (to) {",
                "阻塞：Account#2 被 T2 持有，它正在等待 Account#1 的监视器，而监视器被 T1 持有")),
                List.of("main", "T1", "T2"), List.of(1), SandboxReport.Coverage.NONE, List.of());
        List<String> lines = TraceTable.render(r, 30);
        lines.forEach(l -> assertTrue(Columns.width(l) <= 30, l));
        assertTrue(lines.size() > 2, String.join("\n", lines));
        assertEquals("阻塞：Account#2被T2持有，它正在等待Account#1的监视器，而监视器被T1持有",
                String.join("", lines.subList(1, lines.size())).replace(" ", ""), "wrapped, nothing lost");
    }
}
