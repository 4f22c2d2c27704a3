package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console as a learner meets it: commands, lessons, Java. One console for the class (a JShell VM takes a
 * second to start); each test sets up the state it needs (e.g. opens the lesson), so they run in any order.
 */
class ConsoleTest {
    @RegisterExtension
    static final RunningConsole console = RunningConsole.onTestCourse();


    @Test
    void welcomesANewLearner() {
        String all = console.transcript();
        assertTrue(all.startsWith("threadlings — Java concurrency"), all);
        assertTrue(all.contains("Start with /next to read the first lesson."), all);
    }

    @Test
    void helpListsTheCommands() {
        String help = console.run("/help");
        for (String command : List.of("/lessons", "/lesson <id|n>", "/next", "/prev", "/run <n>", "/exercise <id>",
                "/check [id]", "/hint", "/solution", "/progress", "/vars", "/reset", "/reset-exercise [id]",
                "/reset-progress", "/exit")) {
            assertTrue(help.contains("\n  " + command + " "), () -> command + " missing in:\n" + help);
        }
    }

    @Test
    void unknownCommandSuggestsTheClosest() {
        assertEquals("no such command: /lesons — did you mean /lessons?\n", console.run("/lesons"));
        // wrapped to the console's 60 columns: compared as one line
        assertEquals("no such command: /reset-exercize — did you mean /reset-exercise? ",
                console.run("/reset-exercize").replace("\n", " "));
        assertEquals("/reset- could be /reset-exercise, /reset-progress — type more of it. ",
                console.run("/reset-").replace("\n", " "));
    }

    @Test
    void lessonIsRenderedAndThePromptShowsIt() {
        String lesson = console.run("/lesson 1");
        List<String> lines = lesson.lines().toList();
        assertEquals("Threads", lines.getFirst(), lesson);
        assertTrue(lines.get(1).matches("═+"), "heading underline: " + lesson);
        // the long paragraph wraps at the terminal's width, at word boundaries
        assertTrue(lesson.contains("A thread is one path of execution through a program; this\nsentence"), lesson);
        for (String line : lines) {
            assertTrue(line.length() <= ConsoleDriver.COLUMNS, () -> "too wide: '" + line + "'");
        }
        assertTrue(lesson.contains("  [1] ─ /run 1\n  System.out.println(\"hello from block one\");"), lesson);
        assertTrue(lesson.contains("  [2] ─ /run 2\n  int answer = 6 * 7;"), lesson);
        assertTrue(lesson.contains("Lesson 1 of 2: Threads"), lesson);
        assertEquals("threadlings:threads>", console.prompt());
    }

    @Test
    void nextAndPrevMoveBetweenLessons() {
        console.run("/lesson threads");
        String next = console.run("/next");
        assertTrue(next.startsWith("Locks\n"), next);
        assertTrue(next.contains("Lesson 2 of 2: Locks"), next);
        assertTrue(next.contains("Run its code with /run 1 … /run 3, or type your own Java."), next); // three blocks
        assertEquals("threadlings:locks>", console.prompt());
        assertTrue(console.run("/next").contains("That was the last lesson."));
        String prev = console.run("/prev");
        assertTrue(prev.startsWith("Threads\n"), prev);
        assertEquals("threadlings:threads>", console.prompt());
        assertTrue(console.run("/prev").contains("This is the first lesson."));
    }

    @Test
    void runEvaluatesANumberedBlock() {
        console.run("/lesson 1");
        String ran = console.run("/run 1");
        assertTrue(ran.startsWith("[1]\n  System.out.println(\"hello from block one\");\n"), ran);
        assertTrue(ran.endsWith("hello from block one\n"), ran);
        assertTrue(console.run("/run 2").endsWith("answer ==> 42\n"));
    }

    @Test
    void runExploresABlockMarkedExploreInTheSandbox() {
        console.run("/lesson locks");
        String ran = console.run("/run 2");
        // not run in the shell (where it could hang): its schedules explored, the deadlock shown on the lesson's lines
        assertTrue(ran.contains("Exploring its thread schedules in the sandbox"), ran);
        assertTrue(ran.contains("✘ threads wait for each other forever (a deadlock)"), ran);
        assertTrue(ran.contains("02-locks.md:"), ran);
        assertEquals("threadlings:locks>", console.prompt());
    }

    @Test
    void aBlockThatNeedsAnEarlierOneSaysWhichToRunFirst() {
        console.run("/reset");
        console.run("/lesson locks");
        String alone = console.run("/run 3");
        // wrapped to the console's 60 columns: compared as one line; the explored block 2 never runs in the shell
        assertTrue(alone.replace("\n", " ").contains("Block 3 may use what an earlier block declares, and this one "
                + "has not run in this shell yet: /run 1; then /run 3 again."), alone);
        console.run("/run 1");
        String after = console.run("/run 3");
        assertTrue(after.endsWith("held the lock\n"), after);
        assertFalse(after.contains("earlier block"), after);
    }

    @Test
    void aLineThatStartsWithACommentIsJavaNotACommand() {
        assertEquals("y ==> 7\n", withoutStartingNote(console.run("/* a note */ int y = 7;")));
        assertFalse(console.run("// just a comment").contains("no such command"));
    }

    @Test
    void javaShowsValuesLikeJshell() {
        assertEquals("x ==> 42\n", withoutStartingNote(console.run("int x = 40 + 2;")));
    }

    @Test
    void eachSnippetsValueComesBeforeWhatLaterSnippetsPrint() {
        // three snippets on one line: the array's echo is its value when it was made, so it must come first
        String shown = withoutStartingNote(console.run(
                "int[] box = new int[1]; box[0] = 42; System.out.println(\"later: \" + box[0]);"));
        assertEquals("box ==> int[1] { 0 }\n$", shown.substring(0, shown.indexOf('$') + 1), shown);
        assertTrue(shown.indexOf("box ==>") < shown.indexOf("later: 42"), shown);
    }

    @Test
    void multiLineInputContinuesUntilComplete() {
        console.type("void hello() {");
        console.type("System.out.println(\"hi\"); }");
        // a dumb terminal shows the input once it is accepted: the first line, then the second after the
        // continuation prompt, which proves the first line alone was not evaluated
        String shown = console.awaitPrompt();
        assertTrue(shown.contains("void hello() {\n"), shown);
        assertTrue(shown.matches("(?s).*\n *\\.\\.\\.> System\\.out\\.println\\(\"hi\"\\); }\n.*"), shown);
        assertTrue(shown.contains("|  created method hello()\n"), shown);
        assertEquals("hi\n", console.run("hello()"));
    }

    @Test
    void compileErrorHasACaretUnderTheCulprit() {
        String source = "int y = \"no\";";
        String error = withoutStartingNote(console.run(source));
        List<String> lines = error.lines().toList();
        assertEquals("|  Error:", lines.get(0), error);
        assertTrue(lines.get(1).contains("incompatible types"), error);
        assertEquals("|  " + source, lines.get(2), error);
        // jshell's marker: ^ at the start of "no" (quotes included) and ^ at its end
        assertEquals("|  " + " ".repeat(source.indexOf('"')) + "^--^", lines.get(3), error);
    }

    @Test
    void compileErrorDoesNotNameJshellsWrapper() {
        String error = console.run("undefinedThing + 1");
        assertTrue(error.contains("|  cannot find symbol\n|    symbol:   variable undefinedThing\n"), error);
        assertFalse(error.contains("location:"), error); // jshell's own wrapper class, meaningless to a learner
    }

    @Test
    void exceptionShowsLearnerFramesOnly() {
        console.run("class Boom { static void go() { throw new IllegalStateException(\"boom\"); } }");
        String thrown = console.run("Boom.go()");
        List<String> lines = thrown.lines().toList();
        assertEquals("|  Exception java.lang.IllegalStateException: boom", lines.get(0), thrown);
        assertTrue(lines.get(1).matches("\\|        at Boom\\.go \\(#\\d+:1\\)"), thrown);
        assertFalse(thrown.contains("$JShell$") || thrown.contains("REPL."), thrown);
    }

    @Test
    void varsListsDeclaredVariables() {
        console.run("String greeting = \"hello\";");
        String vars = console.run("/vars");
        assertTrue(vars.contains("|    String greeting = \"hello\"\n"), vars);
    }

    @Test
    void resetForgetsEverything() {
        console.run("int forgotten = 1;");
        assertTrue(console.run("/reset").contains("everything you defined is gone"));
        String after = console.run("forgotten");
        assertTrue(after.contains("|  Error:\n|  cannot find symbol"), after);
    }

    /** The first snippet may wait for the JShell VM; the console says so. */
    private static String withoutStartingNote(String text) {
        return text.replace("(JShell is still starting…)\n", "");
    }
}
