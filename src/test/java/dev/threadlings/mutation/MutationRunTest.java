package dev.threadlings.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a one-exercise course: a counter whose increment() must be synchronized. Removing that kills the
 * mutant (the sandbox finds the lost update); removing it from get() survives, because the check reads only after
 * join. The course loader ignores the mutants.md the run writes beside the exercise.
 */
class MutationRunTest {
    private static final Map<String, String> COURSE = Map.of(
            "lessons/01-races.md", """
                    ---
                    id: races
                    title: Races
                    exercises:
                      - counter
                    ---
                    # Races
                    """,
            "exercises/counter/exercise.md", """
                    ---
                    id: counter
                    title: Counter
                    lesson: races
                    file: Counter.java
                    ---
                    Make it thread-safe.
                    """,
            "exercises/counter/Counter.java", "class Counter {\n    private int count;\n    void increment() { count++; }\n"
                    + "    int get() { return count; }\n}\n",
            "exercises/counter/solution/Counter.java", "class Counter {\n    private int count;\n"
                    + "    synchronized void increment() { count++; }\n    synchronized int get() { return count; }\n}\n",
            "exercises/counter/checks.md", """
                    ## two threads never lose an increment

                    Two increments make 2.

                    ```java
                    Counter counter = new Counter();
                    Thread a = Thread.ofPlatform().start(counter::increment);
                    Thread b = Thread.ofPlatform().start(counter::increment);
                    a.join();
                    b.join();
                    assert counter.get() == 2 : "lost an increment";
                    ```

                    ```explore
                    ```
                    """);

    @Test
    void killsTheUnsynchronizedIncrementAndReportsTheSurvivor(@TempDir Path root) throws IOException {
        for (var file : COURSE.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Course course = CourseLoader.load(root);
        assertEquals(List.of(), course.problems());
        List<String> progress = new ArrayList<>();
        List<ExerciseMutants> runs = new MutationRun(1, Files.createDirectory(root.resolve("scratch")),
                (exercise, graded) -> progress.add(exercise.id() + " " + graded.mutant().id()))
                .run(course.exercises());

        ExerciseMutants run = runs.getFirst();
        assertTrue(run.notGraded().isEmpty(), () -> run.notGraded().get());
        assertEquals(List.of("sync-method@3", "sync-method@4"),
                run.graded().stream().map(g -> g.mutant().operator() + "@" + g.mutant().line()).toList());
        var killed = assertInstanceOf(MutantOutcome.Killed.class, run.graded().get(0).outcome());
        assertEquals("two threads never lose an increment", killed.check());
        assertInstanceOf(MutantOutcome.Survived.class, run.graded().get(1).outcome());
        assertEquals(2, progress.size());

        Path report = root.resolve("exercises/counter/mutants.md");
        Files.writeString(report, MutationReport.render(run, Equivalents.read(""), "now",
                Files.readString(run.exercise().solutionFile())));
        Course again = CourseLoader.load(root);
        assertEquals(List.of(), again.problems(), "mutants.md is not part of the course format");
        assertEquals(course.exercises().getFirst().checks(), again.exercises().getFirst().checks());
    }
}
