package dev.threadlings.course;

import static dev.threadlings.course.CourseFixture.assertNoProblems;
import static dev.threadlings.course.CourseFixture.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code right/<variant>/}: another correct solution and its {@code why.md}, which says why it is still right. */
class CourseRightVariantTest {

    @TempDir
    Path root;

    private CourseFixture course() {
        return CourseFixture.standard(root).write("exercises/hello/right/text-block/Main.java",
                "void main() { IO.println(\"\"\"\n    hi\"\"\"); }\n");
    }

    private static RightVariant only(Course course) {
        List<RightVariant> variants = course.exercise("hello").orElseThrow().rightVariants();
        assertEquals(1, variants.size(), variants::toString);
        return variants.getFirst();
    }

    @Test
    void aVariantSaysWhyItIsStillCorrect() {
        Course course = course().write("exercises/hello/right/text-block/why.md",
                "Prints the same word from a text block.\n").load();

        assertNoProblems(course);
        RightVariant variant = only(course);
        assertEquals("text-block", variant.name());
        assertEquals(root.resolve("exercises/hello/right/text-block/Main.java"), variant.file());
        assertEquals("Prints the same word from a text block.", variant.explanation());
        assertEquals(List.of(), course.exercise("threads-join").orElseThrow().rightVariants());
    }

    @Test
    void frontMatterIsOptionalAndNotPartOfTheExplanation() {
        Course course = course().write("exercises/hello/right/text-block/why.md", """
                ---
                author: someone
                ---
                Prints the same word from a text block.
                """).load();

        assertNoProblems(course);
        assertEquals("Prints the same word from a text block.", only(course).explanation());
    }

    @Test
    void aFolderWithoutWhyIsAProblem() {
        Course course = course().load();

        assertOnlyProblem(course, "exercises/hello/right/text-block",
                "a right solution's folder must hold why.md");
    }

    @Test
    void aWhyWithoutABodyIsAProblemAtTheLineTheBodyShouldStart() {
        Course course = course().write("exercises/hello/right/text-block/why.md", """
                ---
                author: someone
                ---

                """).load();

        assertOnlyProblem(course, "exercises/hello/right/text-block/why.md:4",
                "how this solution differs from the reference");
    }

    @Test
    void anUnclosedFrontMatterIsAProblem() {
        Course course = course().write("exercises/hello/right/text-block/why.md", """
                ---
                author: someone
                Prints the same word.
                """).load();

        assertOnlyProblem(course, "exercises/hello/right/text-block/why.md:1", "not closed");
    }

    @Test
    void aFolderWithoutTheExercisesFileIsAProblem() {
        Course course = CourseFixture.standard(root)
                .write("exercises/hello/right/empty/why.md", "Nothing here.\n").load();

        assertOnlyProblem(course, "exercises/hello/right/empty",
                "a right solution's folder must hold Main.java (the exercise's file)");
    }
}
