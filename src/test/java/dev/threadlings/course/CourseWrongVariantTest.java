package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertNoProblems;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wrong/<variant>/}: the wrong solution and its {@code why.md}, which names the check that rejects it. */
class CourseWrongVariantTest {

    @TempDir
    Path root;

    private CourseFixture course() {
        return CourseFixture.standard(root).write("exercises/hello/wrong/says-bye/Main.java",
                "void main() { IO.println(\"bye\"); }\n");
    }

    private static WrongVariant only(Course course) {
        List<WrongVariant> variants = course.exercise("hello").orElseThrow().wrongVariants();
        assertEquals(1, variants.size(), variants::toString);
        return variants.getFirst();
    }

    @Test
    void aVariantNamesTheCheckAndTheFailureClassThatRejectIt() {
        Course course = course().write("exercises/hello/wrong/says-bye/why.md", """
                ---
                fails: prints hi
                as: output
                ---
                Prints the wrong word.
                """).load();

        assertNoProblems(course);
        WrongVariant variant = only(course);
        assertEquals("says-bye", variant.name());
        assertEquals(Optional.of("prints hi"), variant.failsCheck());
        assertEquals(Optional.of("output"), variant.failsAs());
        assertEquals("Prints the wrong word.", variant.explanation());
    }

    @Test
    void aVariantWithoutWhyOnlyHasToFailSomewhere() {
        WrongVariant variant = only(course().load());

        assertEquals(Optional.empty(), variant.failsCheck());
        assertEquals(Optional.empty(), variant.failsAs());
    }

    @Test
    void aCheckThatDoesNotExistIsAProblemAtItsLine() {
        Course course = course().write("exercises/hello/wrong/says-bye/why.md", """
                ---
                fails: prints hj
                ---
                """).load();

        assertOnlyProblem(course, "exercises/hello/wrong/says-bye/why.md:2",
                "`fails: prints hj` is not a check of this exercise (did you mean 'prints hi'?)");
    }

    @Test
    void aFolderWithoutTheExercisesFileIsAProblem() {
        Course course = course().write("exercises/hello/wrong/empty/notes.txt", "nothing here\n").load();

        assertOnlyProblem(course, "exercises/hello/wrong/empty",
                "a wrong solution's folder must hold Main.java (the exercise's file)");
    }
}
