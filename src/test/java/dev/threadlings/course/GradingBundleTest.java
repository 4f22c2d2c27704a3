package dev.threadlings.course;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grading bundle holds the whole course a grader needs and none of the answers a submission could copy. */
class GradingBundleTest {
    private static final Path COURSE = Path.of("").toAbsolutePath();

    @Test
    void theBundleLoadsWithEveryExerciseAndNoAnswers(@TempDir Path tmp) throws IOException {
        Path bundle = tmp.resolve("bundle");
        GradingBundle.copy(COURSE, bundle);
        Course original = CourseLoader.load(COURSE);
        Course copy = CourseLoader.load(bundle);

        assertTrue(copy.problems().isEmpty(), () -> copy.problems().toString());
        assertEquals(original.exercises().size(), copy.exercises().size());
        assertEquals(original.lessons().size(), copy.lessons().size());
        for (Exercise e : copy.exercises()) {
            Exercise o = original.exercise(e.id()).orElseThrow();
            assertEquals(o.checks().size(), e.checks().size(), e.id());
            assertTrue(Files.isRegularFile(e.starterFile()), e.id());
            assertFalse(Files.exists(e.solutionFile()), e.id());
            assertTrue(e.wrongVariants().isEmpty(), e.id());
            assertTrue(e.rightVariants().isEmpty(), e.id());
        }
        try (Stream<Path> files = Files.walk(bundle)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().matches("solution|wrong|right|mutants\\.md"))
                    .count());
        }
    }

    @Test
    void withoutTheMarkerAMissingSolutionIsAProblemButTheExerciseStays(@TempDir Path tmp) throws IOException {
        Path bundle = tmp.resolve("bundle");
        GradingBundle.copy(COURSE, bundle);
        Files.delete(bundle.resolve(GradingBundle.MARKER));
        Course copy = CourseLoader.load(bundle);
        assertEquals(CourseLoader.load(COURSE).exercises().size(), copy.exercises().size());
        assertEquals(copy.exercises().size(), copy.problems().size());
        assertTrue(copy.problems().stream().allMatch(p -> p.toString().contains("solution file")),
                () -> copy.problems().toString());
    }

    @Test
    void aBundleIsNeverMadeOverOtherFiles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> GradingBundle.copy(COURSE, tmp));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
    }
}
