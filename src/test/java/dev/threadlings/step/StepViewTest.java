package dev.threadlings.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.sandbox.ProgramScenario;
import dev.threadlings.sandbox.StepSession;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.text.EnglishProse;
import dev.threadlings.text.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's acceptance: a learner at a dumb terminal chooses threads key by key, and the explorer's own scheduler
 * runs exactly those choices — a lost update (two threads' count++) and an ABBA deadlock are reached by hand, and
 * the view says what happened. Each screen is printed in full after the last (a dumb terminal), so each key's
 * screen can be read back. Deterministic: the explorer runs one thread at a time and replays choices exactly.
 */
class StepViewTest {
    private static final String SEPARATOR = "─".repeat(40);

    @Test
    void choosingThreadsByHandLosesAnUpdate() throws Exception {
        // T1 reads 0; main starts T2; T2 reads 0 too; T1 writes 1; T2 writes 1; main joins and asserts
        List<String> screens = step("LostUpdate.java", "1 0 2 1 2 0", 140, List.of());
        String bothRead = screens.get(3);
        assertTrue(bothRead.contains("T1  count++;  Counter.count → 0"), bothRead);
        assertTrue(bothRead.contains("T2  count++;  Counter.count → 0"), bothRead);
        assertTrue(bothRead.contains("Counter.count = 1"), "T1's next step writes 1:\n" + bothRead);
        String end = screens.getLast();
        assertTrue(end.contains("schedule 1.0.2.1.1.2.2"), end);
        assertTrue(end.contains("T1  count++;  Counter.count = 1") && end.contains("T2  count++;  Counter.count = 1"),
                end);
        assertTrue(end.contains("✘ main threw assertion failed: two increments, but count is 1"),
                end);
        assertTrue(end.contains("⚠ data race on Counter.count: T1 writes at LostUpdate.java:5, T2 reads at"), end);
    }

    @Test
    void choosingThreadsByHandDeadlocksAndABlockedThreadCannotBeChosen() throws Exception {
        // main starts both threads and joins T1 (blocked: its key is refused); T1 takes alice; T2 takes bob; T2
        // reaches for alice and blocks, and T1, the only thread left that can run, reaches for bob: nobody can run
        List<String> screens = step("Abba.java", "0 0 0 1 2 2", 140, List.of());
        String joined = screens.get(2);
        assertTrue(joined.contains("0  main  blocked") && joined.contains("joins T1"), joined);
        String refused = screens.get(3);
        assertTrue(refused.contains("main cannot run: it joins T1 (waits for it to finish)"), refused);
        assertEquals(schedule(joined), schedule(refused), "a blocked thread's key takes no step");
        String cycle = screens.get(5);
        assertTrue(cycle.contains("holds Account alice") && cycle.contains("holds Account bob"), cycle);
        assertTrue(cycle.contains("blocked: Account bob is held by T2"), "T1's next step blocks:\n" + cycle);
        assertTrue(cycle.contains("→ ✘ the program fails: deadlock"), cycle);
        String end = screens.getLast();
        assertTrue(end.contains("✘ threads wait for each other forever (a deadlock)"), end);
        assertTrue(end.contains("T1 holds Account alice, waits for monitor Account bob held by T2"), end);
        assertTrue(end.contains("T2 holds Account bob, waits for monitor Account alice held by T1"), end);
    }

    @Test
    void undoGoesBackOneStepAndAutoPlaysTheFailingSchedule() throws Exception {
        List<Integer> failing = ExplorerCodec.parseChoices("1.0.2.1.1.2.2");
        List<String> screens = step("LostUpdate.java", "1 u a a a a a a a", 140, failing);
        assertEquals(body(screens.get(0)), body(screens.get(2)), "undo shows the start again");
        String end = screens.getLast();
        assertTrue(end.contains("schedule 1.0.2.1.1.2.2"), end);
        assertTrue(end.contains("✘ main threw assertion failed: two increments, but count is 1"),
                end);
        assertTrue(end.contains("the program has ended"), "one a too many says so:\n" + end);
    }

    @Test
    void aWaitingThreadWakesWithoutASignalOnItsLibertyKey() throws Exception {
        // T1 takes the lock, finds ready false and waits; main has no wait to wake from (w0 is refused), and w1 takes
        // the liberty the JLS leaves a JVM: T1 wakes with no notify, and its `if` lets it on to the assertion
        List<String> screens = step("IfWait.java", "1 1 w0 w1 1", 140, List.of());
        String waiting = screens.get(2);
        assertTrue(waiting.contains("1  T1  blocked") && waiting.contains("w1 wakes it now, as a JVM may:")
                && waiting.contains("wakes up without a signal (a spurious wake-up)"), waiting);
        assertTrue(waiting.contains("w1 wakes that waiting thread (a liberty a JVM has)"), "the key line:\n" + waiting);
        String refused = screens.get(3);
        assertTrue(refused.contains("main cannot wake on its own here"), refused);
        assertEquals(schedule(waiting), schedule(refused), "a refused liberty takes no step");
        String end = screens.getLast();
        assertTrue(end.contains("✘ T1 threw assertion failed: woke up, but nobody set ready"), end);
        assertFalse(body(end).contains("w1 wakes"), "no liberty once it has ended:\n" + end);
    }

    @Test
    void showMePlaysTheFailingScheduleByItselfUntilAKeyStopsIt() throws Exception {
        List<Integer> failing = ExplorerCodec.parseChoices("1.0.2.1.1.2.2");
        List<String> played = step("LostUpdate.java", "", 140, failing, Messages.ENGLISH, true);
        assertTrue(played.stream().filter(s -> s.contains("playing: a step every half second")).count() >= 4,
                "a screen for each step:\n" + String.join("\n", played));
        assertTrue(played.getLast().contains("✘ main threw assertion failed"), played.getLast());
        List<String> stopped = step("LostUpdate.java", "x", 140, failing, Messages.ENGLISH, true);
        assertEquals(2, stopped.size(), "the key stops it at once, and is no key of the view's:\n" + stopped);
        assertTrue(stopped.getLast().contains("stopped: a plays on one step at a time"), stopped.getLast());
        assertEquals(schedule(stopped.getFirst()), schedule(stopped.getLast()), "no step once stopped");
    }

    @Test
    void objectsKeepTheirNamesInEveryPreviewAndAfter() throws Exception {
        // a and b are plain Objects, first named by different threads' next steps: each preview is a run of its
        // own, and still each is named by the variable it was put in, in all of them
        List<String> screens = step("PlainLocks.java", "1", 140, List.of());
        String start = screens.getFirst();
        assertTrue(start.contains("0  main  can run") && start.contains("lock Object b"), "main takes b:\n" + start);
        assertTrue(start.contains("1  T1  can run") && start.contains("lock Object a"), "T1 takes a:\n" + start);
        String after = screens.getLast();
        assertTrue(after.contains("holds Object a") && after.contains("lock Object b"), after);
        assertFalse(String.join("\n", screens).contains("Object#"), "no object goes by its number here");
    }

    @Test
    void aNarrowTerminalListsTheThreadsInsteadOfColumns() throws Exception {
        List<String> wide = step("Abba.java", "0 0", 140, List.of());
        List<String> narrow = step("Abba.java", "0 0", 60, List.of());
        assertTrue(wide.getLast().contains(ThreadColumns.GAP), wide.getLast());
        String list = narrow.getLast();
        assertFalse(list.contains(ThreadColumns.GAP), list);
        assertTrue(list.contains("1  T1  can run") && list.contains("2  T2  can run"), list);
        assertTrue(Arrays.stream(list.split("\n")).allMatch(l -> l.length() <= 60), list);
    }

    @Test
    void inChineseTheViewSaysEverythingInChinese() throws Exception {
        // the ABBA deadlock reached by hand at 60 columns: the view's own words, each thread's steps and waits, and
        // the end in Chinese; the learner's code is shown as it is, and the keys' line names keys (a, u, r, q)
        List<String> screens = step("Abba.java", "0 0 0 9 1 2 2 0", 60, List.of(), new Messages(java.util.Locale.CHINESE));
        List<String> code = Files.readAllLines(Path.of("src/test/resources/step/Abba.java")).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String screen : screens) {
            String words = screen.lines().filter(l -> !l.contains(" · ")).reduce("", (a, b) -> a + b + "\n");
            for (String line : code) {
                words = words.replace(line, "");
            }
            for (String expression : List.of("from", "to")) { // lock from = Account alice: the learner's expression
                words = words.replace(expression + " = ", "");
            }
            assertEquals(List.of(), EnglishProse.lines(words), "English in the Chinese step view:\n" + screen);
        }
        assertTrue(screens.get(1).contains("获得锁 from = Account alice"), screens.get(1));
        assertTrue(screens.get(3).contains("0  main  阻塞") && screens.get(3).contains("main 不能运行：它"),
                "a blocked thread's key refused in Chinese:\n" + screens.get(3));
        assertTrue(screens.get(4).contains("没有线程 9"), "a key refused in Chinese:\n" + screens.get(4));
        String end = screens.getLast();
        assertTrue(end.contains("✘ 线程互相等待，永远等下去（死锁）") && end.contains("程序已经结束"), end);
    }

    private static String schedule(String screen) {
        return screen.lines().findFirst().orElse("");
    }

    /** A screen without its message line (the keys' answer), for comparing two screens of one state. */
    private static String body(String screen) {
        return screen.lines().filter(l -> !l.startsWith("nothing to undo")).reduce("", (a, b) -> a + b + "\n");
    }

    /** Every screen shown, the first before any key. */
    private static List<String> step(String file, String keys, int width, List<Integer> failing) throws Exception {
        return step(file, keys, width, failing, Messages.ENGLISH);
    }

    private static List<String> step(String file, String keys, int width, List<Integer> failing, Messages words)
            throws Exception {
        return step(file, keys, width, failing, words, false);
    }

    private static List<String> step(String file, String keys, int width, List<Integer> failing, Messages words,
                                     boolean play) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/step", file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var terminal = new DumbTerminal("step", "dumb", new ByteArrayInputStream(keys.getBytes(
                StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8);
             StepSession session = StepSession.start(ProgramScenario.of(file, text), ExploreSettings.defaults())) {
            terminal.setSize(new Size(width, 50));
            new StepLoop(terminal, "step " + file, false, words).run(new SteppedSchedule(session, List.of(), failing), play);
        }
        List<String> screens = Arrays.stream(out.toString(StandardCharsets.UTF_8).split(SEPARATOR + "\r?\n"))
                .filter(s -> !s.isBlank()).toList();
        return screens;
    }
}
