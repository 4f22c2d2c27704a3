package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What outlives one console: progress in the state folder, read by the next console; a broken file is kept aside. */
class ConsoleStateTest {
    @TempDir
    Path tmp;
    Path course;

    @BeforeEach
    void writeCourse() {
        course = ConsoleCourse.write(tmp.resolve("course"));
    }

    @Test
    void progressSurvivesARestartAndExitEndsWithZero() {
        try (ConsoleDriver first = start()) {
            first.awaitPrompt();
            first.run("/lesson 1");
            first.type("/exit");
            assertEquals(0, first.awaitExit(Duration.ofSeconds(20)));
        }
        try (ConsoleDriver second = start()) {
            second.awaitPrompt();
            String welcome = second.transcript().replace("\n", " "); // messages are wrapped to the terminal width
            assertTrue(welcome.contains("Welcome back: you are at lesson threads, 0 of 1 exercise passed."),
                    welcome);
            assertEquals("threadlings:threads>", second.prompt());
        }
    }

    @Test
    void corruptProgressFileIsKeptAsideAndTheConsoleStillWorks() throws IOException {
        Path file = tmp.resolve("state/progress.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "format=1\nnot-a-key=1\n");
        try (ConsoleDriver console = start()) {
            console.awaitPrompt();
            List<Path> kept;
            try (Stream<Path> files = Files.list(file.getParent())) {
                kept = files.filter(p -> p.getFileName().toString().startsWith("progress.properties.corrupt-"))
                        .toList();
            }
            assertEquals(1, kept.size(), "kept aside: " + kept);
            assertEquals("format=1\nnot-a-key=1\n", Files.readString(kept.getFirst()), "kept as it was");
            String warning = console.transcript().replace("\n", " "); // wrapped to the terminal width
            assertTrue(warning.startsWith("progress file " + file + " was unreadable"), warning);
            assertTrue(warning.contains("kept it as " + kept.getFirst() + " and started fresh"), warning);
            assertTrue(console.transcript().contains("Start with /next"), "a fresh start");
            assertEquals("$1 ==> 2\n", console.run("1 + 1").replace("(JShell is still starting…)\n", ""));
            console.run("/lesson 1");
            assertTrue(Files.readString(file).contains("current.lesson=threads"), "saves again");
        }
    }

    private ConsoleDriver start() {
        return ConsoleDriver.start(course, tmp.resolve("work"), tmp.resolve("state"));
    }
}
