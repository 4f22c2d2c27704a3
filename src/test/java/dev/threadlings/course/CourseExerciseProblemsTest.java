package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertIds;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static dev.threadlings.course.CourseFixture.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken exercise folder is a problem at its file:line and is left out (its lesson then simply does not list it);
 * the other exercise and both lessons still load.
 */
class CourseExerciseProblemsTest {

    @TempDir
    Path root;

    private CourseFixture course() {
        return CourseFixture.standard(root);
    }

    /** hello is gone; everything else loaded, and intro no longer lists it. */
    private static void helloSkipped(Course course) {
        assertIds(List.of("intro", "threads"), course.lessons());
        assertIds(List.of("threads-join"), course.exercises());
        assertEquals(List.of(), course.lesson("intro").orElseThrow().exercises());
    }

    private CourseFixture exerciseMd(String frontMatterLines) {
        return course().write("exercises/hello/exercise.md", "---\n" + frontMatterLines + "---\nWrite it.\n");
    }

    @Test
    void exerciseWhoseLessonDoesNotExist() {
        Course course = exerciseMd("id: hello\ntitle: Hello\nlesson: intra\nfile: Main.java\n").load();

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/exercise.md:4",
                "lesson 'intra' does not exist (did you mean 'intro'?); this exercise is skipped");
        assertProblem(course, "lessons/01-intro.md:6", "lists exercise 'hello', but exercises/hello/exercise.md says `lesson: intra`");
        helloSkipped(course);
    }

    @Test
    void exerciseThatItsLessonDoesNotList() {
        Course course = exerciseMd("id: hello\ntitle: Hello\nlesson: threads\nfile: Main.java\n").load();

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/exercise.md:4",
                "lesson 'threads' (lessons/02-threads.md) does not list 'hello' under `exercises`");
        assertProblem(course, "lessons/01-intro.md:6", "lists exercise 'hello', but exercises/hello/exercise.md says `lesson: threads`");
        helloSkipped(course);
    }

    @Test
    void missingKeysAreReportedAtTheFrontMatter() {
        Course course = exerciseMd("title: Hello\n").load();

        assertEquals(3, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/exercise.md:1", "missing `id`");
        assertProblem(course, "exercises/hello/exercise.md:1", "missing `lesson`");
        assertProblem(course, "exercises/hello/exercise.md:1", "missing `file`: add a line like `file: Counter.java`");
        helloSkipped(course); // and intro's listing of hello is not called "does not exist": the folder is there
    }

    @Test
    void missingTitle() {
        Course course = exerciseMd("id: hello\nlesson: intro\nfile: Main.java\n").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:1", "missing `title`");
        helloSkipped(course);
    }

    @Test
    void missingStarterFile() {
        Course course = course().delete("exercises/hello/Main.java").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:5", "starter file exercises/hello/Main.java does not exist");
        helloSkipped(course);
    }

    @Test
    void missingSolutionFileIsAProblemButTheExerciseCanStillBeDone() {
        Course course = course().delete("exercises/hello/solution/Main.java").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:5",
                "the solution file solution/Main.java is missing: the exercise can be done, but /solution has nothing");
        assertTrue(course.exercise("hello").isPresent());
    }

    @Test
    void fileMustBeAPlainJavaFileName() {
        Course course = exerciseMd("id: hello\ntitle: Hello\nlesson: intro\nfile: src/Main.java\n").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:5", "must be a plain Java file name like Counter.java");
        helloSkipped(course);
    }

    @Test
    void missingChecksFile() {
        Course course = course().delete("exercises/hello/checks.md").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:1", "no checks.md next to it");
        helloSkipped(course);
    }

    @Test
    void emptyChecksFile() {
        Course course = course().checks("hello", "").load();

        assertOnlyProblem(course, "exercises/hello/checks.md:1", "no checks: start each check with a `## ` heading");
        helloSkipped(course);
    }

    @Test
    void checksFileWithoutHeadings() {
        Course course = course().checks("hello", "Some words.\n\n```output\nhi\n```\n").load();

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/hello/checks.md:3", "before the first `## ` heading, so it belongs to no check");
        assertProblem(course, "exercises/hello/checks.md:1", "no checks");
        helloSkipped(course);
    }

    @Test
    void badSolutionAfter() {
        Course bad = exerciseMd("id: hello\ntitle: Hello\nlesson: intro\nfile: Main.java\nsolution-after: three\n").load();
        assertOnlyProblem(bad, "exercises/hello/exercise.md:6", "`solution-after: three` must be a whole number of at least 0");
        helloSkipped(bad);

        Course negative = exerciseMd("id: hello\ntitle: Hello\nlesson: intro\nfile: Main.java\nsolution-after: -1\n").load();
        assertOnlyProblem(negative, "exercises/hello/exercise.md:6", "of at least 0");
    }

    @Test
    void idMustMatchTheFolder() {
        Course course = exerciseMd("id: hullo\ntitle: Hello\nlesson: intro\nfile: Main.java\n").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:2", "id 'hullo' differs from its folder name 'hello'");
        helloSkipped(course);
    }

    @Test
    void duplicateExerciseIdNamesBothFiles() {
        Course course = course().exercise("hello-again", "intro")
                .write("exercises/hello-again/exercise.md", "---\nid: hello\ntitle: Again\nlesson: intro\nfile: Main.java\n---\n")
                .load();

        // folders are read in name order, so hello claims the id first and keeps it
        assertProblem(course, "exercises/hello-again/exercise.md:2",
                "duplicate exercise id 'hello': exercises/hello/exercise.md:2 already uses it; this exercise is skipped");
        assertProblem(course, "exercises/hello-again/exercise.md:2", "differs from its folder name 'hello-again'");
        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertIds(List.of("hello", "threads-join"), course.exercises());
        assertEquals("Title of hello", course.exercise("hello").orElseThrow().title());
    }

    @Test
    void lessonListingABrokenExerciseDoesNotAlsoSayItIsMissing() {
        Course course = course().write("exercises/hello/exercise.md", "no front matter\n").load();

        assertOnlyProblem(course, "exercises/hello/exercise.md:1", "no front matter");
        helloSkipped(course);
    }

    @Test
    void hintsSplitAtLevelTwoHeadings() {
        Course course = course().write("exercises/hello/hints.md", "## One\nfirst\n\n## Two\n\nsecond\n\n").load();

        assertEquals(List.of("first", "second"), course.exercise("hello").orElseThrow().hints());
    }

    @Test
    void emptyHintAndHintsWithoutHeadings() {
        Course empty = course().write("exercises/hello/hints.md", "## One\nfirst\n## Two\n\n").load();
        assertOnlyProblem(empty, "exercises/hello/hints.md:3", "hint 2 is empty");
        helloSkipped(empty);

        Course noHeadings = course().write("exercises/hello/hints.md", "Just some text.\n").load();
        assertOnlyProblem(noHeadings, "exercises/hello/hints.md:1", "start each hint with a `## ` heading");

        Course blank = course().write("exercises/hello/hints.md", "\n").load();
        assertEquals(List.of(), blank.problems());
        assertEquals(List.of(), blank.exercise("hello").orElseThrow().hints());
    }

    @Test
    void unreadableChecksFile() {
        Course course = course().writeBytes("exercises/hello/checks.md", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00})
                .load();

        assertOnlyProblem(course, "exercises/hello/checks.md", "cannot read: the file is not UTF-8 text");
        assertEquals(0, course.problems().getFirst().line());
        helloSkipped(course);
    }
}
