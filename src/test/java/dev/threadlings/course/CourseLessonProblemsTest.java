package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertIds;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static dev.threadlings.course.CourseFixture.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken lesson file is a problem at its file:line and is left out (with the exercise that belongs to it); the
 * other lesson and its exercise still load.
 */
class CourseLessonProblemsTest {

    @TempDir
    Path root;

    private CourseFixture course() {
        return CourseFixture.standard(root);
    }

    /** The standard course minus lesson threads and its exercise. */
    /** Lesson threads is broken, so threads-join goes with it — and a problem says so. */
    private static void threadsJoinSkippedWithItsLesson(Course course) {
        assertProblem(course, "exercises/threads-join/exercise.md:4", "its lesson 'threads' has problems (above) "
                + "and could not be loaded; this exercise is skipped with it");
    }

    private static void onlyIntroLoaded(Course course) {
        assertIds(List.of("intro"), course.lessons());
        assertIds(List.of("hello"), course.exercises());
    }

    /**
     * When lesson threads cannot even be identified, its exercise is skipped too, with a problem that points back
     * at the broken lesson files rather than claiming plainly that the lesson does not exist.
     */
    private static void threadsUnidentified(Course course, int problems) {
        assertEquals(problems, course.problems().size(), course.problems()::toString);
        assertProblem(course, "exercises/threads-join/exercise.md:4",
                "lesson 'threads' does not exist, or is one of the lesson files with problems above; this exercise is skipped");
        assertIds(List.of("intro"), course.lessons());
        assertIds(List.of("hello"), course.exercises());
    }

    @Test
    void missingFrontMatter() {
        Course course = course().write("lessons/02-threads.md", "# Threads\n\nNo front matter.\n").load();

        assertProblem(course, "lessons/02-threads.md:1", "no front matter");
        threadsUnidentified(course, 2);
        onlyIntroLoaded(course);
    }

    @Test
    void unclosedFrontMatter() {
        Course course = course().write("lessons/02-threads.md", "---\nid: threads\ntitle: Threads\n# Threads\n").load();

        assertProblem(course, "lessons/02-threads.md:1", "not closed");
        threadsUnidentified(course, 2);
        onlyIntroLoaded(course);
    }

    @Test
    void missingIdIsReportedAtTheFrontMatter() {
        Course course = course().write("lessons/02-threads.md", "---\ntitle: Threads\nexercises: [threads-join]\n---\n").load();

        assertProblem(course, "lessons/02-threads.md:1", "missing `id`");
        threadsUnidentified(course, 2);
        onlyIntroLoaded(course);
    }

    @Test
    void missingAndBlankTitle() {
        Course missing = course().write("lessons/02-threads.md", "---\nid: threads\n---\n").load();
        assertProblem(missing, "lessons/02-threads.md:1", "missing `title`");
        threadsJoinSkippedWithItsLesson(missing);
        assertEquals(2, missing.problems().size(), missing.problems()::toString);

        Course blank = course().write("lessons/02-threads.md", "---\nid: threads\ntitle:\n---\n").load();
        assertProblem(blank, "lessons/02-threads.md:3", "missing `title`");
        threadsJoinSkippedWithItsLesson(blank);
        onlyIntroLoaded(blank);
    }

    @Test
    void nonIntegerOrder() {
        Course course = course().write("lessons/02-threads.md", """
                ---
                id: threads
                title: Threads
                order: second
                exercises: [threads-join]
                ---
                """).load();

        assertProblem(course, "lessons/02-threads.md:4", "`order: second` must be a whole number");
        threadsJoinSkippedWithItsLesson(course);
        assertEquals(2, course.problems().size(), course.problems()::toString);
        onlyIntroLoaded(course);
    }

    @Test
    void invalidId() {
        Course course = course().write("lessons/02-threads.md", "---\nid: 2threads\ntitle: T\n---\n").load();

        assertProblem(course, "lessons/02-threads.md:2", "not a valid id");
        threadsUnidentified(course, 2);
        onlyIntroLoaded(course);
    }

    @Test
    void duplicateLessonIdNamesBothFilesAndKeepsTheFirst() {
        Course course = course().write("lessons/03-copy.md", "---\nid: intro\ntitle: Copy\n---\n").load();

        assertOnlyProblem(course, "lessons/03-copy.md:2", "duplicate lesson id 'intro': lessons/01-intro.md:2 already uses it");
        assertIds(List.of("intro", "threads"), course.lessons());
        assertEquals("Intro", course.lesson("intro").orElseThrow().title());
    }

    @Test
    void listingAnExerciseThatDoesNotExistDropsOnlyThatEntry() {
        Course course = course().write("lessons/02-threads.md", """
                ---
                id: threads
                title: Threads
                exercises:
                  - threads-join
                  - threads-jion2
                ---
                """).load();

        assertOnlyProblem(course, "lessons/02-threads.md:6", "lists exercise 'threads-jion2', which does not exist");
        assertProblem(course, "lessons/02-threads.md:6", "did you mean 'threads-join'?");
        assertIds(List.of("intro", "threads"), course.lessons());
        assertEquals(List.of("threads-join"), course.lesson("threads").orElseThrow().exercises());
        assertIds(List.of("hello", "threads-join"), course.exercises());
    }

    @Test
    void requiresAnUnknownLesson() {
        Course course = course().write("lessons/02-threads.md", """
                ---
                id: threads
                title: Threads
                exercises: [threads-join]
                requires:
                  - intro
                  - intra
                  - cobwebs
                ---
                """).load();

        assertEquals(2, course.problems().size(), course.problems()::toString);
        assertProblem(course, "lessons/02-threads.md:7", "requires lesson 'intra', which does not exist (did you mean 'intro'?)");
        assertProblem(course, "lessons/02-threads.md:8", "requires lesson 'cobwebs', which does not exist");
        assertEquals(List.of("intro"), course.lesson("threads").orElseThrow().requires());
    }

    @Test
    void requiringItself() {
        Course course = course().write("lessons/01-intro.md", "---\nid: intro\ntitle: I\nexercises: [hello]\nrequires: [intro]\n---\n")
                .load();

        assertOnlyProblem(course, "lessons/01-intro.md:5", "cannot require itself");
    }

    @Test
    void requiresCycleIsBrokenAtTheRequirementThatClosesIt() {
        Course course = course()
                .write("lessons/01-intro.md", "---\nid: intro\ntitle: I\nexercises: [hello]\nrequires:\n  - late\n---\n")
                .write("lessons/03-late.md", "---\nid: late\ntitle: L\nrequires: [threads]\n---\n")
                .load();

        // intro -> late -> threads -> intro: the edge back to intro closes it
        assertOnlyProblem(course, "lessons/02-threads.md:8", "requires form a cycle (intro -> late -> threads -> intro)");
        assertEquals(List.of(), course.lesson("threads").orElseThrow().requires());
        assertEquals(List.of("late"), course.lesson("intro").orElseThrow().requires());
        assertEquals(List.of("threads"), course.lesson("late").orElseThrow().requires());
    }

    @Test
    void frontMatterLinesTheParserWouldIgnore() {
        Course course = course().write("lessons/02-threads.md", """
                ---
                id: threads
                title: Threads
                exercises:
                - threads-join
                just words
                title: Again
                ---
                """).load();

        assertEquals(4, course.problems().size(), course.problems()::toString);
        threadsJoinSkippedWithItsLesson(course);
        assertProblem(course, "lessons/02-threads.md:5", "indent list items under their key, e.g. `  - threads-join`");
        assertProblem(course, "lessons/02-threads.md:6", "not a front matter line");
        assertProblem(course, "lessons/02-threads.md:7", "`title` appears twice in the front matter (also line 3)");
        onlyIntroLoaded(course);
    }

    @Test
    void badAndRepeatedListEntries() {
        Course course = course().write("lessons/02-threads.md", """
                ---
                id: threads
                title: Threads
                exercises:
                  - threads-join
                  - Bad Id
                  - threads-join
                ---
                """).load();

        assertEquals(3, course.problems().size(), course.problems()::toString);
        threadsJoinSkippedWithItsLesson(course);
        assertProblem(course, "lessons/02-threads.md:6", "'Bad Id' in `exercises` is not a valid id");
        assertProblem(course, "lessons/02-threads.md:7", "'threads-join' is listed twice in `exercises`");
    }

    @Test
    void unreadableFilesAreProblemsNotCrashes() {
        Course course = course()
                .writeBytes("lessons/02-threads.md", new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'})
                .write("lessons/03-folder.md/inside.txt", "a folder named like a lesson")
                .load();

        assertProblem(course, "lessons/02-threads.md", "cannot read: the file is not UTF-8 text");
        assertProblem(course, "lessons/03-folder.md", "cannot read:");
        threadsUnidentified(course, 3);
        onlyIntroLoaded(course);
    }

    @Test
    void missingFoldersAreProblems() {
        Course course = CourseLoader.load(root.resolve("nowhere"));

        assertEquals(List.of("lessons: missing folder: a course has lessons/ and exercises/",
                        "exercises: missing folder: a course has lessons/ and exercises/"),
                course.problems().stream().map(CourseProblem::toString).toList());
        assertEquals(List.of(), course.lessons());
    }

    @Test
    void problemToStringWithAndWithoutLine() {
        assertEquals("lessons/02-x.md:7: bad", new CourseProblem(Path.of("lessons", "02-x.md"), 7, "bad").toString());
        assertEquals("lessons/02-x.md: bad", new CourseProblem(Path.of("lessons", "02-x.md"), 0, "bad").toString());
    }
}
