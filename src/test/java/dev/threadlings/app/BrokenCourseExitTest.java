package dev.threadlings.app;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course author's CI runs the course commands on their course: a problem anywhere in it must make them exit 2,
 * even when everything that did load passes — "51 passed, 0 failed" on a course missing five exercises is a lie.
 */
class BrokenCourseExitTest {

    @Test
    void aProblemInTheCourseMakesListAndCheckExit2(@TempDir Path tmp) throws IOException {
        Path course = copyOfTheCourse(tmp);
        Path lesson;
        try (Stream<Path> lessons = Files.list(course.resolve("lessons"))) {
            lesson = lessons.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("(?m)^order: .*$", "order: first"));

        assertEquals(2, run("--course", course.toString(), "list"));
        assertEquals(2, run("--course", course.toString(), "list", "--json"));
        // an exercise of a healthy lesson passes, and still the exit code says the course is broken
        assertEquals(2, run("--course", course.toString(), "check", "forkjoin-range-sum", "--solution"));
    }

    /**
     * Issue 17, item 8, as a course author's CI runs it: every reference solution that loaded passes, and the
     * broken lesson beside them still makes {@code check --all --solution} exit 2 ("all passed" was exit 0).
     */
    @Test
    void checkAllSolutionsExits2WhenALessonIsBrokenThoughEverySolutionPasses(@TempDir Path tmp) throws IOException {
        Path course = ConsoleCourse.write(tmp.resolve("course"));
        Files.writeString(course.resolve("lessons/03-broken.md"), "---\nid: broken\ntitle: Broken\norder: third\n"
                + "---\n# Broken\n");
        assertEquals(2, run("--course", course.toString(), "check", "--all", "--solution"));
        Files.delete(course.resolve("lessons/03-broken.md"));
        assertEquals(0, run("--course", course.toString(), "check", "--all", "--solution"), "the healthy course");
    }

    @Test
    void aHealthyCourseListsWithExit0(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("--course", copyOfTheCourse(tmp).toString(), "list"));
    }

    private static int run(String... args) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            return cli.execute(args);
        } finally {
            System.setOut(out);
        }
    }

    private static Path copyOfTheCourse(Path tmp) throws IOException {
        Path from = Path.of("").toAbsolutePath();
        Path to = tmp.resolve("course");
        for (String top : new String[] {"lessons", "exercises"}) {
            try (Stream<Path> files = Files.walk(from.resolve(top))) {
                for (Path f : files.toList()) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
        }
        return to;
    }
}
