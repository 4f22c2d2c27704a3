package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertIds;
import static dev.threadlings.course.CourseFixture.assertNoProblems;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A break-it challenge in the course format: a {@code breaks} block makes an exercise one; its rules (one check,
 * code to run, a failure to reach) are problems at their line; its stored schedule is its solution.
 */
class CourseChallengeTest {
    private static final String BREAKS = """
            ## it breaks
            ```java
            main();
            ```
            ```breaks expect=deadlock
            ```
            """;

    @TempDir
    Path root;

    @Test
    void aBreaksBlockMakesAChallengeGradedFromASchedule() {
        Course course = CourseFixture.standard(root).checks("hello", BREAKS)
                .write("exercises/hello/solution/schedule.txt", "0.1.1.2\n").load();
        assertNoProblems(course);
        Exercise hello = course.exercise("hello").orElseThrow();
        assertTrue(hello.challenge());
        assertEquals("schedule.txt", hello.submissionName());
        assertEquals(new BreaksExpectation("deadlock", 5), hello.checks().getFirst().expectations().getFirst());
        Exercise plain = course.exercise("threads-join").orElseThrow();
        assertFalse(plain.challenge());
        assertEquals(plain.fileName(), plain.submissionName());
    }

    @Test
    void aBreaksBlockNamesAFailure() {
        Course course = CourseFixture.standard(root).checks("hello", BREAKS.replace("expect=deadlock", "expect=none"))
                .write("exercises/hello/solution/schedule.txt", "0.1\n").load();
        assertOnlyProblem(course, "exercises/hello/checks.md:5", "a `breaks` block needs expect=<failure>");
        assertIds(List.of("threads-join"), course.exercises());
    }

    @Test
    void aChallengeHasOneCheckAndNothingElse() {
        Course course = CourseFixture.standard(root).checks("hello", BREAKS + """

                ## and prints
                ```java
                main();
                ```
                ```output
                hi
                ```
                """).write("exercises/hello/solution/schedule.txt", "0.1\n").load();
        assertOnlyProblem(course, "exercises/hello/checks.md:1", "a challenge (a `breaks` block) has exactly one check");
        assertIds(List.of("threads-join"), course.exercises());
    }

    @Test
    void aMissingStoredScheduleIsReportedAndTheChallengeStays() {
        Course course = CourseFixture.standard(root).checks("hello", BREAKS)
                .delete("exercises/hello/solution/Main.java").load();
        assertOnlyProblem(course, "exercises/hello/exercise.md:5", "solution/schedule.txt is missing");
        assertTrue(course.exercise("hello").isPresent());
    }

    @Test
    void aStoredScheduleIsDottedNumbers() {
        Course course = CourseFixture.standard(root).checks("hello", BREAKS)
                .write("exercises/hello/solution/schedule.txt", "T1 then T2\n").load();
        assertOnlyProblem(course, "exercises/hello/solution/schedule.txt:1", "not a schedule");
    }
}
