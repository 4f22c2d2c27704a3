package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertIds;
import static dev.threadlings.course.CourseFixture.assertNoProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.sandbox.SandboxOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy path: every field of a well-formed course, with its line numbers. */
class CourseLoaderTest {

    @TempDir
    Path root;

    @Test
    void loadsTheStandardCourseInOrder() {
        Course course = CourseFixture.standard(root).load();

        assertNoProblems(course);
        assertEquals(root.toAbsolutePath().normalize(), course.root());
        assertIds(List.of("intro", "threads"), course.lessons());
        assertIds(List.of("hello", "threads-join"), course.exercises());
        Lesson threads = course.lessons().get(1);
        assertEquals("Threads", threads.title());
        assertEquals(2, threads.order());
        assertEquals(List.of("threads-join"), threads.exercises());
        assertEquals(List.of("intro"), threads.requires());
        assertEquals(course.root().resolve("lessons/02-threads.md"), threads.file());
        assertTrue(threads.markdown().startsWith("# Threads\n"), threads.markdown());
    }

    @Test
    void lessonBodyAndRunnableCodeBlocks() {
        Course course = CourseFixture.standard(root).write("lessons/02-threads.md", """
                ---
                id: threads
                title: "Threads: the basics"
                exercises: [threads-join]
                requires: []
                ---
                # Threads

                ```java
                Thread t = Thread.ofPlatform().start(() -> IO.println("hi"));
                t.join();
                ```

                ```java norun
                synchronized (this) { ... }
                ```

                - a list item with a block:

                  ```java
                  IO.println(2);
                  ```

                ```javascript
                console.log(3)
                ```

                ```
                plain
                ```

                ```java
                IO.println(3);
                ```
                """).load();

        assertNoProblems(course);
        Lesson threads = course.lesson("threads").orElseThrow();
        assertEquals("Threads: the basics", threads.title());
        assertEquals(2, threads.order(), "without `order`, the file's NN orders the lesson");
        assertEquals(List.of("threads-join"), threads.exercises(), "flow lists are read as lists");
        assertEquals(List.of(), threads.requires());
        assertTrue(threads.markdown().startsWith("# Threads\n\n```java\n"), threads.markdown());
        assertFalse(threads.markdown().contains("id: threads"));
        assertEquals(List.of(
                new CodeBlock(1, "Thread t = Thread.ofPlatform().start(() -> IO.println(\"hi\"));\nt.join();", 10),
                new CodeBlock(2, "IO.println(2);", 21),
                new CodeBlock(3, "IO.println(3);", 33)), threads.codeBlocks());
    }

    @Test
    void exerciseFieldsHintsAndChecks() {
        CourseFixture fixture = CourseFixture.standard(root)
                .write("exercises/hello/exercise.md", """
                        ---
                        id: hello
                        title: Say hello
                        lesson: intro
                        file: Main.java
                        solution-after: 5
                        ---
                        Print **hi**.
                        """)
                .write("exercises/hello/hints.md", """
                        # Hints for hello

                        ## Nudge
                        What prints?

                        ## Concept

                        `IO.println` prints a line.

                        ```java
                        ## not a heading
                        ```
                        """)
                .checks("hello", """
                        # Checks

                        ## prints `hi` once
                        The program should print hi.

                        Exactly once, please:
                        - no extra lines

                        ```java timeout=10s
                        main();
                        main();
                        ```

                        ```output normalized
                        hi  hi
                        ```

                        ```output regex
                        h\\w
                        ```

                        ```output unordered
                        b
                        a
                        ```

                        ```holds
                        1 + 1 == 2

                          true
                        ```

                        ## only holds
                        ```holds
                        Main.class != null
                        ```
                        """);
        Course course = fixture.load();

        assertNoProblems(course);
        Exercise hello = course.exercise("hello").orElseThrow();
        Path dir = course.root().resolve("exercises/hello");
        assertEquals("Say hello", hello.title());
        assertEquals("intro", hello.lessonId());
        assertEquals(dir, hello.dir());
        assertEquals("Main.java", hello.fileName());
        assertEquals(dir.resolve("Main.java"), hello.starterFile());
        assertEquals(dir.resolve("solution/Main.java"), hello.solutionFile());
        assertEquals("Print **hi**.\n", hello.statement());
        assertEquals(5, hello.solutionAfter());
        assertEquals(List.of("What prints?", "`IO.println` prints a line.\n\n```java\n## not a heading\n```"), hello.hints());

        assertEquals(2, hello.checks().size());
        Check first = hello.checks().getFirst();
        Path checks = dir.resolve("checks.md");
        assertEquals("prints hi once", first.name());
        assertEquals(checks, first.file());
        assertEquals(3, first.line());
        // prose blocks are joined with a blank line, so the list becomes its own block
        assertEquals("The program should print hi.\n\nExactly once, please:\n\n- no extra lines", first.failureMessage());
        assertEquals(Optional.of(new Snippet("main();\nmain();", 10, Map.of("timeout", "10s"))), first.code());
        assertEquals(Optional.of(Duration.ofSeconds(10)), first.code().orElseThrow().timeout());
        assertEquals(Map.of("timeout", "10s"), first.options());
        assertEquals(List.of(
                new OutputExpectation(OutputMode.NORMALIZED, "hi  hi", 14),
                new OutputExpectation(OutputMode.REGEX, "h\\w", 18),
                new OutputExpectation(OutputMode.UNORDERED, "b\na", 22),
                new HoldsExpectation(List.of("1 + 1 == 2", "true"), 27)), first.expectations());

        Check second = hello.checks().get(1);
        assertEquals("only holds", second.name());
        assertEquals("", second.failureMessage());
        assertEquals(Optional.empty(), second.code());
        assertEquals(Map.of(), second.options());
        assertEquals(List.of(new HoldsExpectation(List.of("Main.class != null"), 34)), second.expectations());
    }

    @Test
    void defaultsWhenOptionalPartsAreAbsent() {
        Course course = CourseFixture.standard(root).load();

        Exercise hello = course.exercise("hello").orElseThrow();
        assertEquals(Exercise.DEFAULT_SOLUTION_AFTER, hello.solutionAfter());
        assertEquals(3, hello.solutionAfter());
        assertEquals(List.of(), hello.hints(), "no hints.md means no hints");
        Check check = hello.checks().getFirst();
        assertEquals(List.of(new OutputExpectation(OutputMode.EXACT, "hi", 8)), check.expectations());
        assertEquals(Optional.empty(), check.code().orElseThrow().timeout());
        assertEquals(List.of(), course.lesson("intro").orElseThrow().requires());
    }

    @Test
    void lessonsSortByOrderThenFileNameAndOtherFilesAreIgnored() {
        Course course = CourseFixture.standard(root)
                .write("lessons/03-late.md", "---\nid: late\ntitle: Late\norder: -5\n---\n")
                .write("lessons/00-tie-b.md", "---\nid: tie-b\ntitle: B\norder: 7\n---\n")
                .write("lessons/09-tie-a.md", "---\nid: tie-a\ntitle: A\norder: 7\n---\n")
                .write("lessons/README.md", "not a lesson")
                .write("lessons/1-short.md", "not a lesson either")
                .write("exercises/notes/readme.txt", "a folder without exercise.md is not an exercise")
                .load();

        assertNoProblems(course);
        assertIds(List.of("late", "intro", "threads", "tie-b", "tie-a"), course.lessons());
    }

    @Test
    void exercisesFollowLessonOrderThenListedOrder() {
        Course course = CourseFixture.standard(root)
                .write("lessons/01-intro.md", "---\nid: intro\ntitle: Intro\nexercises:\n  - zeta\n  - hello\n---\n")
                .exercise("zeta", "intro")
                .load();

        assertNoProblems(course);
        assertIds(List.of("zeta", "hello", "threads-join"), course.exercises());
        Lesson intro = course.lessons().getFirst();
        assertIds(List.of("zeta", "hello"), course.exercisesOf(intro));
        assertEquals(Optional.of(intro), course.lessonOf(course.exercise("zeta").orElseThrow()));
    }

    @Test
    void lessonLookupByIdOrPosition() {
        Course course = CourseFixture.standard(root).load();

        assertEquals("threads", course.lesson("threads").orElseThrow().id());
        assertEquals("intro", course.lesson("1").orElseThrow().id());
        assertEquals("threads", course.lesson("02").orElseThrow().id());
        assertEquals(Optional.empty(), course.lesson("0"));
        assertEquals(Optional.empty(), course.lesson("3"));
        assertEquals(Optional.empty(), course.lesson("nope"));
        assertEquals(Optional.empty(), course.exercise("nope"));
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkKeepLineNumbers() {
        Course course = CourseFixture.standard(root)
                .write("lessons/02-threads.md", "\uFEFF---\r\nid: threads\r\ntitle: Threads\r\nexercises: [threads-join]\r\n---\r\n"
                        + "text\r\n\r\n```java\r\nint x = 1;\r\n```\r\n")
                .load();

        assertNoProblems(course);
        assertEquals(List.of(new CodeBlock(1, "int x = 1;", 9)), course.lesson("threads").orElseThrow().codeBlocks());
    }

    @Test
    void anExploredBlockNamesWhatTheSandboxFinds() {
        Course course = CourseFixture.standard(root)
                .write("lessons/02-threads.md", "---\nid: threads\ntitle: Threads\nexercises: [threads-join]\n---\n"
                        + "```java explore=deadlock\nint x = 1;\n```\n\n```java\nint y = 2;\n```\n")
                .load();

        assertNoProblems(course);
        assertEquals(List.of(new CodeBlock(1, "int x = 1;", 7, Optional.of(SandboxOutcome.DEADLOCK)),
                new CodeBlock(2, "int y = 2;", 11)), course.lesson("threads").orElseThrow().codeBlocks());
    }

    @Test
    void anExploredBlockWithoutAFindingIsAProblemAtItsLine() {
        Course course = CourseFixture.standard(root)
                .write("lessons/02-threads.md", "---\nid: threads\ntitle: Threads\nexercises: [threads-join]\n---\n"
                        + "text\n\n```java explore=none\nint x = 1;\n```\n\n```java explore\nint y = 2;\n```\n")
                .load();

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertEquals(8, course.problems().get(0).line());
        assertTrue(course.problems().get(0).message().contains("explore=deadlock"), course.problems()::toString);
        assertEquals(12, course.problems().get(1).line());
        // the rest of the lesson still works: the blocks run as plain blocks
        assertEquals(2, course.lesson("threads").orElseThrow().codeBlocks().size());
    }
}
