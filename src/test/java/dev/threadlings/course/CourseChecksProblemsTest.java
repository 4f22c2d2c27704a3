package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertIds;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static dev.threadlings.course.CourseFixture.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken checks.md content: each problem at the exact line, the exercise skipped, the rest of the course loaded. */
class CourseChecksProblemsTest {

    @TempDir
    Path root;

    private Course withChecks(String checks) {
        return CourseFixture.standard(root).checks("hello", checks).load();
    }

    private static void helloSkipped(Course course) {
        assertIds(List.of("intro", "threads"), course.lessons());
        assertIds(List.of("threads-join"), course.exercises());
    }

    @Test
    void checkWithoutExpectations() {
        Course course = withChecks("""
                ## fine
                ```holds
                true
                ```

                ## runs but expects nothing
                It should work.
                ```java
                main();
                ```
                """);

        assertOnlyProblem(course, "exercises/hello/checks.md:6",
                "check 'runs but expects nothing' has no expectations: add an `output` or `holds` block");
        helloSkipped(course);
    }

    @Test
    void twoJavaBlocksInOneCheck() {
        Course course = withChecks("""
                ## twice
                ```java
                main();
                ```
                ```java
                main();
                ```
                ```output
                hi
                ```
                """);

        assertOnlyProblem(course, "exercises/hello/checks.md:5", "a check runs one `java` block; this is a second one"
                + " (the first is at line 2)");
        helloSkipped(course);
    }

    @Test
    void unknownBlockKind() {
        Course course = withChecks("## typo\n```java\nmain();\n```\n\n```ouptut\nhi\n```\n");

        assertOnlyProblem(course, "exercises/hello/checks.md:6",
                "unknown block kind 'ouptut' (did you mean 'output'?); known kinds: java, output, holds");
        helloSkipped(course);
    }

    @Test
    void blockWithoutKind() {
        Course course = withChecks("## bare\n```\nhi\n```\n");

        assertOnlyProblem(course, "exercises/hello/checks.md:2", "needs a kind after the fence, one of: java, output, holds");
        helloSkipped(course);
    }

    @Test
    void invalidRegexIsReportedAtItsOwnLine() {
        Course course = withChecks("""
                ## regex
                ```java
                main();
                ```
                ```output regex
                h\\w+
                count: [0-9
                done
                ```
                """);

        assertOnlyProblem(course, "exercises/hello/checks.md:7", "invalid regular expression: Unclosed character class");
        helloSkipped(course);
    }

    @Test
    void unknownOutputMode() {
        Course course = withChecks("## mode\n```output sorted\nhi\n```\n");

        assertOnlyProblem(course, "exercises/hello/checks.md:2",
                "unknown output mode 'sorted' (known: exact, normalized, unordered, regex)");
        helloSkipped(course);
    }

    @Test
    void twoOutputModes() {
        Course course = withChecks("## modes\n```output exact regex\nhi\n```\n");

        assertOnlyProblem(course, "exercises/hello/checks.md:2", "an `output` block takes one mode");
    }

    @Test
    void badOptionSyntax() {
        Course course = withChecks("""
                ## options
                ```java timeout=
                main();
                ```
                ```output =exact
                hi
                ```
                """);

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/checks.md:2", "bad option 'timeout=': write key=value with no spaces");
        assertProblem(course, "exercises/hello/checks.md:5", "bad option '=exact'");
        helloSkipped(course);
    }

    @Test
    void repeatedUnknownAndInvalidOptions() {
        Course course = withChecks("""
                ## options
                ```java timeout=1s timeout=2s
                main();
                ```
                ```holds limit=3
                true
                ```

                ## more
                ```java timout=10s
                main();
                ```
                ```java timeout=soon
                ```
                ```output
                hi
                ```
                """);

        assertProblem(course, "exercises/hello/checks.md:2", "option 'timeout' is given twice");
        assertProblem(course, "exercises/hello/checks.md:5", "unknown option 'limit' for `holds` (it takes none)");
        assertProblem(course, "exercises/hello/checks.md:10", "unknown option 'timout' for `java` (known: timeout)");
        assertProblem(course, "exercises/hello/checks.md:13", "a check runs one `java` block");
        assertEquals(4, course.problems().size(), course.problems()::toString);
    }

    @Test
    void badTimeoutAndEmptyJava() {
        Course course = withChecks("## t\n```java timeout=soon\n```\n```output\nhi\n```\n");

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/checks.md:2", "bad timeout 'soon': write a whole number and ms, s or m");
        assertProblem(course, "exercises/hello/checks.md:2", "the `java` block is empty");
    }

    @Test
    void holdsWithoutExpressionsAndModeOnHolds() {
        Course course = withChecks("## h\n```holds\n\n```\n\n## g\n```holds always\ntrue\n```\n");

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/checks.md:2", "a `holds` block needs at least one boolean expression");
        assertProblem(course, "exercises/hello/checks.md:7", "`holds` takes no mode, found 'always'");
    }

    @Test
    void checkWithoutName() {
        Course course = withChecks("## \n```holds\ntrue\n```\n");

        assertOnlyProblem(course, "exercises/hello/checks.md:1", "a check needs a name after `## `");
    }

    @Test
    void allProblemsOfOneFileAreReportedNotJustTheFirst() {
        Course course = withChecks("""
                ## one
                ```outptu
                hi
                ```
                ## two
                ```output regex
                (
                ```
                """);

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/checks.md:2", "unknown block kind 'outptu'");
        assertProblem(course, "exercises/hello/checks.md:7", "invalid regular expression");
    }
}
