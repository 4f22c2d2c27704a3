package dev.threadlings.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small fake course in a temporary folder: {@link #standard} writes a valid two-lesson, two-exercise course whose
 * line numbers the tests rely on; tests then break one file and check the problem and that the rest still loads.
 */
final class CourseFixture {

    final Path root;

    CourseFixture(Path root) {
        this.root = root;
    }

    /**
     * lessons/01-intro.md (exercise hello), lessons/02-threads.md (exercise threads-join, requires intro).
     * In 02-threads.md: id line 2, title 3, order 4, exercises 5 / item 6, requires 7 / item 8, closing --- 9.
     * In every exercise.md: id line 2, title 3, lesson 4, file 5. In every checks.md: heading 1, java fence 4.
     */
    static CourseFixture standard(Path root) {
        return new CourseFixture(root)
                .write("lessons/01-intro.md", """
                        ---
                        id: intro
                        title: Intro
                        order: 1
                        exercises:
                          - hello
                        ---
                        # Intro
                        """)
                .write("lessons/02-threads.md", """
                        ---
                        id: threads
                        title: Threads
                        order: 2
                        exercises:
                          - threads-join
                        requires:
                          - intro
                        ---
                        # Threads

                        ```java
                        Thread t = Thread.ofPlatform().start(() -> {});
                        ```
                        """)
                .exercise("hello", "intro")
                .exercise("threads-join", "threads");
    }

    /** A complete, valid exercise folder. */
    CourseFixture exercise(String id, String lesson) {
        return write("exercises/" + id + "/exercise.md", """
                        ---
                        id: %s
                        title: Title of %s
                        lesson: %s
                        file: Main.java
                        ---
                        Write it.
                        """.formatted(id, id, lesson))
                .write("exercises/" + id + "/Main.java", "void main() {}\n")
                .write("exercises/" + id + "/solution/Main.java", "void main() { IO.println(\"hi\"); }\n")
                .write("exercises/" + id + "/checks.md", """
                        ## prints hi
                        Say hi.

                        ```java
                        main();
                        ```

                        ```output
                        hi
                        ```
                        """);
    }

    CourseFixture write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    CourseFixture writeBytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CourseFixture delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A checks.md for one exercise of the standard course. */
    CourseFixture checks(String exercise, String text) {
        return write("exercises/" + exercise + "/checks.md", text);
    }

    Course load() {
        return CourseLoader.load(root);
    }

    /** Asserts the course has exactly this one problem: {@code where} ("file:line") and a message fragment. */
    static void assertOnlyProblem(Course course, String where, String fragment) {
        assertEquals(1, course.problems().size(), () -> "expected one problem, got:\n" + show(course.problems()));
        assertProblem(course, where, fragment);
    }

    /** Asserts some problem is at {@code where} and its message contains {@code fragment}. */
    static void assertProblem(Course course, String where, String fragment) {
        for (CourseProblem problem : course.problems()) {
            if (problem.toString().startsWith(where + ": ") && problem.message().contains(fragment)) {
                return;
            }
        }
        fail("no problem at " + where + " containing '" + fragment + "' in:\n" + show(course.problems()));
    }

    static void assertIds(List<String> expected, List<?> items) {
        List<String> ids = items.stream().map(item -> switch (item) {
            case Lesson l -> l.id();
            case Exercise e -> e.id();
            default -> item.toString();
        }).toList();
        assertEquals(expected, ids);
    }

    static void assertNoProblems(Course course) {
        assertTrue(course.problems().isEmpty(), () -> "unexpected problems:\n" + show(course.problems()));
    }

    private static String show(List<CourseProblem> problems) {
        return problems.stream().map(CourseProblem::toString).collect(Collectors.joining("\n"));
    }
}
