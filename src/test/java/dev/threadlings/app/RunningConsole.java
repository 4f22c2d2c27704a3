package dev.threadlings.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One console for a test class (a JShell VM takes a while to start), on the tiny test course ({@link ConsoleCourse})
 * in a folder of its own: started before the class's tests, closed and deleted after them. A class registers it
 * with {@code @RegisterExtension} and talks to the console through it as through a {@link ConsoleDriver}.
 */
final class RunningConsole implements BeforeAllCallback, AfterAllCallback {
    /** What a test class adds to the course before the console starts (a challenge, a lesson). */
    interface CourseAddition {
        void addTo(Path course) throws IOException;
    }

    private final CourseAddition addition;
    private Path root;
    private ConsoleDriver driver;

    private RunningConsole(CourseAddition addition) {
        this.addition = addition;
    }

    static RunningConsole onTestCourse() {
        return new RunningConsole(course -> {});
    }

    static RunningConsole onTestCourse(CourseAddition addition) {
        return new RunningConsole(addition);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("threadlings-console-");
        Path course = ConsoleCourse.write(root.resolve("course"));
        addition.addTo(course);
        driver = ConsoleDriver.start(course, work(), root.resolve("state"));
        driver.awaitPrompt();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.close();
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The learner's work folder. */
    Path work() {
        return root.resolve("work");
    }

    String run(String line) {
        return driver.run(line);
    }

    void type(String line) {
        driver.type(line);
    }

    String awaitOutput(String text) {
        return driver.awaitOutput(text);
    }

    String awaitOutput(String text, Duration timeout) {
        return driver.awaitOutput(text, timeout);
    }

    String awaitPrompt() {
        return driver.awaitPrompt();
    }

    String prompt() {
        return driver.prompt();
    }

    String transcript() {
        return driver.transcript();
    }
}
