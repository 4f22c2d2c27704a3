package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Check;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.course.HoldsExpectation;
import dev.threadlings.course.OutputExpectation;
import dev.threadlings.course.OutputMode;
import dev.threadlings.course.ReviewExpectation;
import dev.threadlings.course.Language;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Grader;
import dev.threadlings.grade.Observation;
import dev.threadlings.grade.Verdict;
import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.MarkdownRenderer;
import dev.threadlings.markdown.RenderOptions;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.SandboxReport.Step;
import dev.threadlings.sandbox.runtime.Awaited;
import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.Frame;
import dev.threadlings.sandbox.runtime.Limit;
import dev.threadlings.sandbox.runtime.Missed;
import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.sandbox.runtime.RacingAccesses;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.runtime.Stalled;
import dev.threadlings.sandbox.runtime.Waiter;
import dev.threadlings.review.Review;
import dev.threadlings.review.ReviewRule;
import dev.threadlings.text.EnglishProse;
import dev.threadlings.text.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The grader's and the report's own words come from the bundles: in Chinese nothing of the English prose is left,
 * the explorer's findings included (they cross from the explorer VM as data and are put into words here); what
 * stays as it was is the program's own (names, places, an assertion's message). The machine values (a result's
 * kind) are the same in both languages, and the trace still fits its width.
 */
class ChineseReportTest {
    private static final Messages ZH = new Messages(Language.ZH.locale());
    private static final String MESSAGE = "main threw assertion failed: four increments, but get() returned 2";
    private static final String MESSAGE_ZH = "main 抛出了断言失败：four increments, but get() returned 2";
    static final SandboxReport LOST_UPDATE = new SandboxReport(new Finding.Thrown("main", true,
            "AssertionError", "four increments, but get() returned 2",
            List.of(new Frame("", "REPL.$JShell$14", 3, "checks.md:48")), new Cause.Interleaving()), List.of(
                    new Step(0, "checks.md:44", "Thread a = Thread.ofPlatform().start(counter::increment);",
                            "start T1"),
                    new Step(1, "Counter.java:6", "count++;", "▶ Counter.count → 0"),
                    new Step(2, "Counter.java:6", "count++;", "▶ Counter.count = 1"),
                    new Step(1, "Counter.java:6", "count++;", "Counter.count = 1")),
            List.of("main", "T1", "T2"), List.of(0, 1), SandboxReport.Coverage.NONE, List.of());

    /** English sentences of the host side that must not show in a Chinese report. */
    private static final List<String> ENGLISH = List.of("The interleaving", "shrunk", "replay it", "found after",
            "step  where", "one interleaving of the threads", "could not check", "review —", "explores its thread");

    /** The explorer's English words, which a Chinese report must not show. */
    private static final List<String> FINDING_ENGLISH = List.of(" threw ", "assertion failed", "waits for", "held by",
            "holds ", "with no happens-before", "Nothing orders", "no data race", "is not modelled", "deadlock)",
            "lost wake-up", "came before", "woke another", "an unlock was skipped", " is waiting", "inside ");

    @Test
    void aDeadlockAndALostWakeUpInChinese() {
        SandboxReport deadlock = new SandboxReport(new Finding.Deadlock(Finding.Deadlock.Reason.EACH_OTHER, List.of(
                new Waiter("T1", List.of("Account@17"), new Awaited.Lock(Phrase.MONITOR.with(), "Account@29", "T2"), null,
                        false, List.of(new Frame("Bank.transfer", "REPL.$JShell$12$Bank", 9, "Bank.java:9"))),
                new Waiter("T2", List.of("Account@29"), new Awaited.Lock(Phrase.MONITOR.with(), "Account@17", "T1"), null,
                        false, List.of())), List.of(new Waiter.Leak("T3", List.of("ReentrantLock@77")))),
                List.of(new Step(1, "Bank.java:9", "synchronized (to) {", Phrase.LOCK.with("Account@29"))), List.of("main", "T1",
                "T2", "T3"), List.of(0, 1), SandboxReport.Coverage.NONE, List.of());
        String zh = text(SandboxText.describe(deadlock, 100, "threadlings sandbox Bank.java", ZH));
        assertTrue(zh.startsWith("✘ 线程互相等待，永远等下去（死锁）"), zh);
        assertTrue(zh.contains("T1：持有 Account@17，等待 T2 持有的监视器 Account@29"), zh);
        assertTrue(zh.contains("获得锁 to = Account@29"), "the trace's step in Chinese:\n" + zh);
        assertTrue(zh.contains("位于 Bank.transfer (Bank.java:9)"), zh);
        String words = SandboxText.headline(deadlock, ZH) + "\n" + String.join("\n", SandboxText.details(deadlock, ZH));
        assertEquals(List.of(), EnglishProse.lines(words), words);
        assertTrue(zh.contains("T3 在持有 ReentrantLock@77 时结束了（漏掉了一次 unlock）"), zh);
        FINDING_ENGLISH.forEach(e -> assertFalse(zh.contains(e), e + " in:\n" + zh));
        String en = text(SandboxText.describe(deadlock, 100, "threadlings sandbox Bank.java", Messages.ENGLISH));
        assertTrue(en.startsWith("✘ threads wait for each other forever (a deadlock)\n"), en);
        assertTrue(en.contains("    T1 holds Account@17, waits for monitor Account@29 held by T2"), en);
        assertTrue(en.contains("      at Bank.transfer (Bank.java:9)"), en);
        assertTrue(en.contains("lock to = Account@29"), en);

        SandboxReport lost = SandboxReport.unexplored(new Finding.LostWakeup(
                new Missed.CameBefore("notify()", "Box.java:19", "T2", "T1", "wait()"), List.of(new Waiter("T1",
                        List.of(), new Awaited.Signal("wait()", "Box@1a2b"),
                        new Missed.CameBefore("notify()", "Box.java:19", "T2", "T1", "wait()"), false, List.of())),
                List.of()));
        String lostZh = SandboxText.headline(lost, ZH);
        assertEquals("线程在等一个永远不会来的信号（丢失唤醒）：T2 在 Box.java:19 的 notify() 发生在 T1 的 wait() 之前",
                lostZh);
        assertEquals("threads wait for a signal that never comes (a lost wake-up): the notify() at Box.java:19 by T2 "
                + "came before T1's wait()", SandboxText.headline(lost, Messages.ENGLISH));
        FINDING_ENGLISH.forEach(e -> assertFalse(String.join("\n", SandboxText.details(lost, ZH)).contains(e), e));
    }

    @Test
    void aDataRaceInChineseAlsoInJson() {
        SandboxReport race = new SandboxReport(new Finding.DataRace(new RacingAccesses("Worker.stop",
                new RacingAccesses.Access("main", true, "Worker.java:9"),
                new RacingAccesses.Access("T1", false, "Worker.java:4")), List.of(), 7), List.of(), List.of("main", "T1"),
                List.of(), SandboxReport.Coverage.NONE, List.of(new Limit.DetectorGaveUp(2, 64)));
        assertEquals("Worker.stop 上的数据竞争：main 在 Worker.java:9 写入，T1 在 Worker.java:4 读取，两者之间没有 "
                + "happens-before", SandboxText.message(race, ZH));
        assertEquals("data race on Worker.stop: main writes at Worker.java:9, T1 reads at Worker.java:4 with no "
                + "happens-before", SandboxText.message(race));
        String json = SandboxJson.of(race, ZH);
        assertTrue(json.contains("\"class\": \"data-race\""), json);
        assertTrue(json.contains("还有 7 个数据竞争"), json);
        assertTrue(json.contains("竞争检测器在 2 种线程多于 64 个的调度上放弃了"), json);
        FINDING_ENGLISH.forEach(e -> assertFalse(json.contains(e), e + " in:\n" + json));
        assertTrue(SandboxJson.of(race).contains("the race detector gave up on 2 schedules with more than 64 threads: "
                + "data races in them were not looked for"));
    }

    private static String text(List<Styled> lines) {
        return lines.stream().map(Styled::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aSandboxReportInChinese() {
        for (int width : List.of(60, 140)) {
            List<Styled> lines = SandboxText.describe(LOST_UPDATE, width, "threadlings sandbox Counter.java", ZH);
            String shown = text(lines);
            assertTrue(shown.contains("这种交错，已缩减到最少的线程切换："), shown);
            assertTrue(shown.contains("重放：threadlings sandbox Counter.java --replay "), shown);
            assertTrue(width < 140 || shown.contains(MESSAGE_ZH), "the finding in Chinese: " + shown);
            assertTrue(shown.contains("位于 (checks.md:48)"), shown);
            assertTrue(shown.contains("原子性被破坏"), shown);
            FINDING_ENGLISH.forEach(e -> assertFalse(shown.contains(e), e + " in:\n" + shown));
            ENGLISH.forEach(e -> assertFalse(shown.contains(e), e + " in:\n" + shown));
            lines.forEach(l -> assertTrue(Columns.width(l.text()) <= width, width + ": " + l.text()));
        }
        List<String> table = TraceTable.render(LOST_UPDATE, 140, ZH);
        assertTrue(table.getFirst().startsWith("步骤  位置"), table.getFirst());
        assertTrue(table.getFirst().contains("代码"), table.getFirst());
        String head = table.getFirst();
        assertEquals(6, Columns.width(head.substring(0, head.indexOf("位置"))), "columns, not chars: " + head);
    }

    @Test
    void anUnmodelledCallSaysSoInChinese() {
        SandboxReport notModelled = SandboxReport.unexplored(new Finding.Blocked("LockSupport.park", List.of(
                new Stalled("T1", false, "waiting", "LockSupport.park", List.of()))));
        String shown = text(SandboxText.describe(notModelled, 80, "", ZH));
        assertTrue(shown.startsWith("! 无法检查：沙箱没有为 LockSupport.park 建模"), shown);
        assertTrue(shown.contains("T1 处于 waiting 状态，停在 LockSupport.park 内部"), shown);
        assertTrue(shown.contains("这既不算通过也不算失败"), shown);
        FINDING_ENGLISH.forEach(e -> assertFalse(shown.contains(e), e + " in:\n" + shown));
        assertTrue(text(SandboxText.describe(notModelled, 80, "", Messages.ENGLISH)).startsWith("! could not check "
                + "this: LockSupport.park is not modelled (a thread blocked"));
    }

    @Test
    void theGradersReasonsInChineseKeepTheirKind() {
        Check check = new Check("两个线程", "说明", Path.of("/course/checks.md"), 1, Optional.empty(),
                List.of(new ExploreExpectation(2000, 20, Search.AUTO, 2, "none", 3)), Map.of());
        Observation seen = new Observation("", "", Optional.empty(), List.of(), Optional.of(
                new Observation.Explored(LOST_UPDATE, new Observation.Explored.Words() {
                    public String headline(Messages text) {
                        return SandboxText.headline(LOST_UPDATE, text);
                    }

                    public List<String> details(Messages text) {
                        return SandboxText.details(LOST_UPDATE, text);
                    }

                    public String coverage(Messages text) {
                        return SandboxText.coverage(LOST_UPDATE, text);
                    }
                })));
        CheckResult.Failed zh = assertInstanceOf(CheckResult.Failed.class, Grader.grade(check, seen, ZH));
        CheckResult.Failed en = assertInstanceOf(CheckResult.Failed.class, Grader.grade(check, seen));
        assertEquals("有一种线程交错会让它出错：" + MESSAGE_ZH, zh.reason());
        assertEquals("one interleaving of the threads breaks it: " + MESSAGE, en.reason());
        assertEquals(en.kind(), zh.kind());

        Check holds = new Check("翻倍", "说明", Path.of("/course/checks.md"), 1, Optional.empty(),
                List.of(new HoldsExpectation(List.of("n == 2"), 1)), Map.of());
        CheckResult.Failed h = assertInstanceOf(CheckResult.Failed.class, Grader.grade(holds, new Observation(
                "n = 1\n", "", Optional.empty(), List.of(new Observation.HoldsValue("n == 2", Optional.of(false), ""))),
                ZH));
        assertEquals("期望 n == 2 为 true，但它是 false", h.reason());
        assertEquals(List.of("它打印了：", "  n = 1"), h.details());

        Verdict v = Verdict.of("races-counter", List.of(zh), 1, 1.0);
        String shown = text(VerdictText.describe(v, "races-counter", 100, ZH));
        ENGLISH.forEach(e -> assertFalse(shown.contains(e), e + " in:\n" + shown));
    }

    @Test
    void outputDiffsReviewsAndUnreviewedFilesInChinese() {
        Check prints = new Check("打印", "说明", Path.of("/course/checks.md"), 1, Optional.empty(),
                List.of(new OutputExpectation(OutputMode.EXACT, "10\n11\n", 1)), Map.of());
        List<String> diff = ((CheckResult.Failed) Grader.grade(prints, new Observation("10\n12\n", "",
                Optional.empty(), List.of()), ZH)).details();
        assertEquals(List.of("期望的（-）与打印的（+）：", "@ 第 2 行", "- 11", "+ 12"), diff);
        List<String> nothing = ((CheckResult.Failed) Grader.grade(prints, new Observation("", "", Optional.empty(),
                List.of()), ZH)).details();
        assertEquals("什么都没有打印；期望的是：", nothing.getFirst());
        Check regex = new Check("匹配", "说明", Path.of("/course/checks.md"), 1, Optional.empty(),
                List.of(new OutputExpectation(OutputMode.REGEX, "a+\nb+\n", 1)), Map.of());
        String regexDiff = String.join("\n", ((CheckResult.Failed) Grader.grade(regex, new Observation("aa\nc\nd\n",
                "", Optional.empty(), List.of()), ZH)).details());
        assertEquals(List.of(), EnglishProse.lines(regexDiff), regexDiff);
        assertTrue(regexDiff.contains("第 3 行：多出来的一行：d"), regexDiff);

        Check reviewed = new Check("不阻塞", "说明", Path.of("/course/checks.md"), 1, Optional.empty(),
                List.of(new ReviewExpectation(List.of("takes-a-lock"), 1)), Map.of());
        Observation ran = new Observation("", "", Optional.empty(), List.of());
        CheckResult.NotChecked unread = assertInstanceOf(CheckResult.NotChecked.class, Grader.grade(reviewed,
                ran.withReview(new Review.NotReviewed("review.could-not-read", "Stack.java", "line 3")), ZH));
        assertEquals("无法检查：代码审查读不了你的文件：分析器读不了 Stack.java：line 3", unread.reason());
        CheckResult.Failed locked = assertInstanceOf(CheckResult.Failed.class, Grader.grade(reviewed,
                ran.withReview(new Review.Reviewed(List.of(new dev.threadlings.review.Finding(ReviewRule.TAKES_A_LOCK,
                        "Stack.java", 7, "synchronized (this) {")))), ZH));
        assertEquals(ReviewRule.TAKES_A_LOCK.sentence(ZH), locked.reason());
        assertTrue(locked.reason().startsWith("这里拿了一把锁"), locked.reason());

        Verdict advised = Verdict.of("lockfree-stack", List.of(new CheckResult.Passed("不阻塞")), 1, 1.0)
                .withReview(List.of(new dev.threadlings.review.Finding(ReviewRule.SWALLOWED_INTERRUPT, "Stack.java", 9,
                        "catch (InterruptedException e) {}")));
        for (int width : List.of(60, 140)) {
            String shown = text(VerdictText.describe(advised, "lockfree-stack", width, ZH));
            assertEquals(List.of(), EnglishProse.lines(shown), shown);
            assertTrue(shown.contains("swallowed-interrupt: 这个 catch 吞掉了中断"), shown);
        }
    }

    @Test
    void anExploredCodeBlocksLabelInChinese() {
        String markdown = "# 死锁\n\n```java explore=deadlock\nObject a = new Object();\n```\n\n```java\nint x = 1;\n```\n";
        List<String> zh = new MarkdownRenderer(new RenderOptions(80, false, ZH)).render(markdown).lines().stream()
                .map(Object::toString).toList();
        assertTrue(zh.contains("  [1] ─ /run 1 在沙箱中探索它的线程调度"), String.join("\n", zh));
        assertTrue(zh.contains("  [2] ─ /run 2"), String.join("\n", zh));
        List<String> en = new MarkdownRenderer(new RenderOptions(80, false)).render(markdown).lines().stream()
                .map(Object::toString).toList();
        assertTrue(en.contains("  [1] ─ /run 1 explores its thread schedules in the sandbox"), String.join("\n", en));
    }
}
