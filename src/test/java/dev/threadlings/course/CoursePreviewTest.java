package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertIds;
import static dev.threadlings.course.CourseFixture.assertNoProblems;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static dev.threadlings.course.CourseFixture.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview: true} in a lesson's or an exercise's front matter: the code needs the JDK's preview features. */
class CoursePreviewTest {

    @TempDir
    Path root;

    private static final String PREVIEW_LESSON = """
            ---
            id: threads
            title: Threads
            order: 2
            exercises:
              - threads-join
            preview: %s
            ---
            # Threads
            """;

    private static final String PREVIEW_EXERCISE = """
            ---
            id: threads-join
            title: Join
            lesson: threads
            file: Main.java
            preview: %s
            ---
            Write it.
            """;

    @Test
    void offWhenAbsent() {
        Course course = CourseFixture.standard(root).load();

        assertNoProblems(course);
        assertFalse(course.lesson("threads").orElseThrow().preview());
        assertFalse(course.exercise("threads-join").orElseThrow().preview());
    }

    @Test
    void trueAndFalse() {
        Course on = CourseFixture.standard(root)
                .write("lessons/02-threads.md", PREVIEW_LESSON.formatted("true"))
                .write("exercises/threads-join/exercise.md", PREVIEW_EXERCISE.formatted("true")).load();
        assertNoProblems(on);
        assertTrue(on.lesson("threads").orElseThrow().preview(), "the flag survives linking");
        assertTrue(on.exercise("threads-join").orElseThrow().preview());
        assertFalse(on.lesson("intro").orElseThrow().preview(), "other lessons keep running without previews");

        Course off = CourseFixture.standard(root)
                .write("lessons/02-threads.md", PREVIEW_LESSON.formatted("false"))
                .write("exercises/threads-join/exercise.md", PREVIEW_EXERCISE.formatted("\"false\"")).load();
        assertNoProblems(off);
        assertFalse(off.lesson("threads").orElseThrow().preview());
        assertFalse(off.exercise("threads-join").orElseThrow().preview());
    }

    @Test
    void aBadValueIsAProblemAtItsLine() {
        Course lesson = CourseFixture.standard(root).write("lessons/02-threads.md", PREVIEW_LESSON.formatted("yes"))
                .load();
        assertProblem(lesson, "lessons/02-threads.md:7", "`preview: yes` must be `true` or `false`");
        // its exercise goes with it, and a problem says so
        assertProblem(lesson, "exercises/threads-join/exercise.md:4", "its lesson 'threads' has problems (above)");
        assertEquals(2, lesson.problems().size(), lesson.problems()::toString);
        assertIds(List.of("intro"), lesson.lessons());
    }

    @Test
    void aBadExerciseValueLeavesTheExerciseOut() {
        Course course = CourseFixture.standard(root)
                .write("exercises/threads-join/exercise.md", PREVIEW_EXERCISE.formatted("[true, false]")).load();
        assertOnlyProblem(course, "exercises/threads-join/exercise.md:6", "`preview` takes one value, not a list");
        assertIds(List.of("hello"), course.exercises());
    }

    @Test
    void aPreviewExerciseCannotExplore() {
        Course course = CourseFixture.standard(root)
                .write("exercises/threads-join/exercise.md", PREVIEW_EXERCISE.formatted("true"))
                .checks("threads-join", """
                        ## joins
                        Join it.

                        ```java
                        main();
                        ```

                        ```explore
                        ```
                        """).load();
        assertOnlyProblem(course, "exercises/threads-join/checks.md:8", "`preview: true`");
        assertIds(List.of("hello"), course.exercises());
    }
}
