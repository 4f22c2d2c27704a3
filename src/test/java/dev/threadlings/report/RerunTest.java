package dev.threadlings.report;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.grade.CheckResult;
import dev.threadlings.markdown.Columns;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.text.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The commands a failing schedule is printed with are pasted into a shell: at any width they fit where the words
 * allow, and what the shell reads back (continuation lines joined, quotes undone) is the command's words.
 */
class RerunTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Path FILE = Path.of("/home/ada/threadlings/work/races-counter/Counter.java");

    private static final Rerun CHECK = Rerun.ofCheck(Rerun.Launch.PLAIN, "races-counter", 3, FILE,
            "0.0.0.1.2.2.2.2.2");

    @Test
    void aCheckIsReplayedAndSteppedByItsNumberOnTheFile() {
        assertEquals("threadlings check races-counter --file " + FILE + " --check 3 --replay 0.0.0.1.2.2.2.2.2",
                CHECK.replayCommand());
        assertEquals("threadlings step --exercise races-counter --file " + FILE
                + " --check 3 --replay 0.0.0.1.2.2.2.2.2", CHECK.stepCommand());
        Rerun program = Rerun.ofProgram(new Rerun.Launch("/opt/course/threadlings", Optional.of(Path.of("/opt/other")),
                Optional.of("zh")),
                Path.of("/tmp/Bank.java"), "0.1");
        assertEquals("/opt/course/threadlings sandbox /tmp/Bank.java --replay 0.1 --course /opt/other --lang zh",
                program.replayCommand());
        assertEquals("/opt/course/threadlings step /tmp/Bank.java --replay 0.1 --course /opt/other --lang zh",
                program.stepCommand());
    }

    @Test
    void wordsTheShellWouldSplitOrExpandAreQuoted() {
        Rerun r = Rerun.ofProgram(Rerun.Launch.PLAIN, Path.of("/tmp/my work/Ada's $HOME.java"), "");
        assertEquals("threadlings sandbox '/tmp/my work/Ada'\\''s $HOME.java' --replay ''", r.replayCommand());
        assertEquals(List.of("threadlings", "sandbox", "/tmp/my work/Ada's $HOME.java", "--replay", ""),
                shellWords(r.replayCommand()));
    }

    @Test
    void atEveryWidthTheLinesFitAndPasteAsTheCommand() {
        for (Messages text : List.of(Messages.ENGLISH, ZH)) {
            for (int width = 40; width <= 160; width += 5) {
                List<Styled> lines = CHECK.lines(width, "      ", text);
                for (Styled l : lines) { // wider only when it is one word
                    assertTrue(Columns.width(l.text()) <= width || l.text().strip().matches("\\S+( \\\\)?"),
                            width + ": " + l.text());
                }
                List<String> commands = pasted(lines, text);
                assertEquals(List.of(CHECK.replayCommand(), CHECK.stepCommand()), commands, "at " + width);
            }
        }
    }

    @Test
    void anOptionStaysWithItsValue() {
        for (String line : Rerun.broken(CHECK.step(), 72, "  ")) {
            assertFalse(line.strip().matches(".*--\\w+( \\\\)?$"), line);
        }
    }

    @Test
    void aFailedCheckIsNumberedInTheExercisesOrderAndAFreeRunHasNone() {
        SandboxReport found = ChineseReportTest.LOST_UPDATE;
        var reruns = Rerun.ofChecks(Rerun.Launch.PLAIN, "races-counter", List.of("one", "two", "lost"), FILE);
        CheckResult.Failed f = new CheckResult.Failed("lost", "", "why", List.of(), "assertion", Optional.of(found));
        assertEquals(Optional.of(Rerun.ofCheck(Rerun.Launch.PLAIN, "races-counter", 3, FILE, found.replayArgument())),
                reruns.apply(f));
        assertEquals(Optional.empty(), reruns.apply(new CheckResult.Failed("lost", "", "why", List.of(), "x")));
        assertEquals(Optional.empty(), reruns.apply(new CheckResult.Failed("gone", "", "why", List.of(), "assertion",
                Optional.of(found))));
    }

    /** The commands a shell reads from these lines: a label, then lines joined where they end in a backslash. */
    private static List<String> pasted(List<Styled> lines, Messages text) {
        List<String> out = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (Styled l : lines) {
            String s = l.text().strip();
            for (String key : List.of("sandbox.replay", "sandbox.step")) {
                String label = text.get(key, "").strip();
                if (s.startsWith(label)) {
                    s = s.substring(label.length()).strip();
                }
            }
            if (s.isEmpty()) {
                continue;
            }
            if (s.endsWith("\\")) {
                command.append(s, 0, s.length() - 1);
                continue;
            }
            out.add(command.append(s).toString().replaceAll(" +", " "));
            command.setLength(0);
        }
        return out;
    }

    /** A POSIX shell's words: spaces split, single quotes keep everything, a backslash quotes one character. */
    private static List<String> shellWords(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '\\') {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
