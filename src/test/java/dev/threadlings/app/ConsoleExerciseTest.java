package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One learner working through the fixture's exercise, step by step: the steps build on each other (a failed check
 * counts, a pass unlocks the solution), so they run in order on one console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleExerciseTest {
    @TempDir
    static Path tmp;
    static ConsoleDriver console;
    static Path workFile;

    @BeforeAll
    static void start() {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        workFile = tmp.resolve("work").resolve(ConsoleCourse.EXERCISE).resolve(ConsoleCourse.FILE);
        console = ConsoleDriver.start(course, tmp.resolve("work"), tmp.resolve("state"));
        console.awaitPrompt();
        console.run("/lesson 1");
        console.run("/next"); // lesson 1 read, lesson 2 current: /progress has both states to show
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    @Order(1)
    void exerciseShowsTheStatementAndCreatesTheWorkFile() throws IOException {
        String shown = console.run("/exercise " + ConsoleCourse.EXERCISE);
        assertTrue(shown.startsWith("Write twice(n) so that it returns twice its argument.\n"), shown);
        // messages are word-wrapped to the terminal's width: compare them as one line
        assertTrue(shown.replace("\n", " ").contains("Your file: " + workFile + " "), shown);
        assertEquals(Files.readString(tmp.resolve("course/exercises/doubler/Doubler.java")),
                Files.readString(workFile), "the starter, copied");
        assertEquals("threadlings:doubler>", console.prompt());
    }

    @Test
    @Order(2)
    void checkOfTheStarterFailsWithTheChecksMessage() throws IOException {
        String checked = console.run("/check");
        assertTrue(checked.contains("✘ doubler: 0 of 2 checks pass"), checked);
        assertTrue(checked.contains("    " + ConsoleCourse.CHECK_MESSAGE + "\n"), checked);
        assertTrue(checked.contains("Fix Doubler.java and /check again."), checked);
        assertEquals("1", progress().getProperty("failures.doubler"), "the failure is saved");
    }

    @Test
    @Order(3)
    void hintsComeOneAtATime() {
        String first = console.run("/hint");
        assertTrue(first.startsWith("Hint 1 of 2\nThink of multiplication.\n"), first);
        String second = console.run("/hint");
        assertTrue(second.startsWith("Hint 2 of 2\nMultiply n by two and return it.\n"), second);
        assertTrue(second.contains("That was the last hint."), second);
    }

    @Test
    @Order(4)
    void solutionIsRefusedBeforePassing() {
        String refused = console.run("/solution");
        assertTrue(refused.replace("\n", " ").startsWith(
                "Not yet: the solution opens when you pass, or after 2 more failed /checks."),
                refused);
        assertFalse(refused.contains("return 2 * n"), refused);
    }

    @Test
    @Order(5)
    void progressShowsTheFailedExercise() {
        String progress = console.run("/progress");
        assertTrue(progress.startsWith("░".repeat(30) + "  0 of 1 exercise passed (0%)\n"), progress);
        // names in a column as wide as the longest one plus two spaces, so no name runs into its state
        assertTrue(progress.contains("  ▶ doubler  current (1 failed check)\n"), progress);
    }

    @Test
    @Order(6)
    void checkOfTheSolutionPassesAndIsRecorded() throws IOException {
        Files.writeString(workFile, ConsoleCourse.SOLUTION);
        String checked = console.run("/check");
        assertTrue(checked.contains("✔ doubler: all 2 checks pass"), checked);
        assertTrue(checked.contains("Well done!"), checked);
        assertEquals("doubler", progress().getProperty("passed"));
    }

    @Test
    @Order(7)
    void solutionIsShownAfterPassing() {
        String solution = console.run("/solution");
        assertTrue(solution.startsWith("Reference solution — Doubler.java\n"), solution);
        assertTrue(solution.contains("\n      return 2 * n;\n"), solution);
    }

    @Test
    @Order(8)
    void progressShowsTheBarAndEveryState() {
        String progress = console.run("/progress");
        // 29, not 30: the bar gives way to its figures, so the line fits the 60-column screen
        assertTrue(progress.startsWith("█".repeat(29) + "  1 of 1 exercise passed (100%)\n"), progress);
        assertTrue(progress.contains("Threads  read\n"), progress);
        assertTrue(progress.contains("  ✔ doubler  done\n"), progress);
        assertTrue(progress.contains("Locks    current\n"), progress);
    }

    @Test
    @Order(9)
    void resetWithAnArgumentNamesTheRightCommandAndKeepsJShell() {
        console.run("int kept = 7;");
        String said = console.run("/reset " + ConsoleCourse.EXERCISE).replace("\n", " ");
        assertTrue(said.contains("/reset takes no argument: it restarts JShell. To start an exercise over: "
                + "/reset-exercise doubler"), said);
        assertEquals("kept ==> 7\n", console.run("kept"));
    }

    @Test
    @Order(10)
    void resetExerciseAsksThenPutsTheStarterBackKeepingTheOldFile() throws IOException {
        String solved = Files.readString(workFile);
        console.type("/reset-exercise");
        console.awaitOutput("[y/N] ");
        assertTrue(console.run("n").contains("Nothing changed."));
        assertEquals(solved, Files.readString(workFile));
        assertEquals("doubler", progress().getProperty("passed"));

        console.type("/reset-exercise " + ConsoleCourse.EXERCISE);
        String question = console.awaitOutput("[y/N] ");
        assertTrue(question.replace("\n", " ").contains("Put the starter of doubler back"), question);
        String done = console.run("y").replace("\n", " ");
        assertTrue(done.contains("doubler starts over"), done);
        assertEquals(Files.readString(tmp.resolve("course/exercises/doubler/Doubler.java")),
                Files.readString(workFile), "the starter is back");
        try (var kept = Files.list(workFile.getParent())) {
            var backups = kept.filter(f -> f.getFileName().toString().startsWith(ConsoleCourse.FILE + ".bak-"))
                    .toList();
            assertEquals(1, backups.size(), backups::toString);
            assertEquals(solved, Files.readString(backups.getFirst()), "the learner's file is kept");
        }
        assertEquals("", progress().getProperty("passed"));
        assertEquals(null, progress().getProperty("failures.doubler"));
    }

    @Test
    @Order(11)
    void resetProgressForgetsEverythingAfterAYes() throws IOException {
        console.type("/reset-progress");
        console.awaitOutput("[y/N] ");
        assertTrue(console.run("yes").contains("Your progress is cleared."));
        assertEquals("", progress().getProperty("read"));
        assertEquals("", progress().getProperty("current.lesson"));
        assertTrue(Files.exists(workFile), "files stay");
    }

    private static Properties progress() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(tmp.resolve("state/progress.properties"))) {
            p.load(r);
        }
        return p;
    }
}
