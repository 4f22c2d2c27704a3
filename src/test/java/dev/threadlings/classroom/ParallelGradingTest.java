package dev.threadlings.classroom;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.course.Exercise;
import dev.threadlings.grade.Verdict;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader's own failure is "could not check" (exit 2), never the student's and never a pass — an Error as much
 * as an exception: a StackOverflowError or an OutOfMemoryError in a grading worker once left a grade unmade, and
 * the command ended in a NullPointerException.
 */
class ParallelGradingTest {
    @TempDir
    Path dir;

    private List<GradingJob> jobs(int n) throws IOException {
        Exercise exercise = new Exercise("limits", "Limits", "limits", dir, "Limits.java", "", List.of(), 3,
                List.of(), false, List.of(), List.of());
        List<GradingJob> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path folder = Files.createDirectories(dir.resolve("student-" + i));
            jobs.add(new GradingJob(new Submission("student-" + i, folder), exercise,
                    Files.writeString(folder.resolve("Limits.java"), "class Limits {}")));
        }
        return jobs;
    }

    private static ParallelGrading.Checker throwing(Throwable t) {
        return new ParallelGrading.Checker() {
            public Verdict check(GradingJob job, Messages text) {
                if (job.submission().name().equals("student-1")) {
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                return new Verdict(job.exercise().id(), Verdict.Status.PASSED, List.of(), List.of(), 0, 0);
            }

            public void close() {
            }
        };
    }

    @Test
    void anErrorWhileGradingIsAnInternalErrorThatCouldNotCheck() throws Exception {
        List<Grade> grades = new ParallelGrading(1, Messages.ENGLISH,
                () -> throwing(new StackOverflowError())).grade(jobs(3), g -> { });
        assertEquals(3, grades.size());
        Verdict v = ((Grade.Graded) grades.get(1)).verdict();
        assertEquals(Verdict.Status.CANNOT_RUN, v.status());
        assertEquals(2, grades.get(1).exitCode());
        assertEquals(List.of("internal error, could not check: java.lang.StackOverflowError"), v.problems());
        assertTrue(((Grade.Graded) grades.get(2)).verdict().passed(), "the worker goes on with the next file");
    }

    @Test
    void anExceptionWhileGradingIsTheSame() throws Exception {
        List<Grade> grades = new ParallelGrading(2, Messages.ENGLISH,
                () -> throwing(new IllegalStateException("boom"))).grade(jobs(3), g -> { });
        assertEquals(2, grades.get(1).exitCode());
        assertEquals(List.of("internal error, could not check: java.lang.IllegalStateException: boom"),
                ((Grade.Graded) grades.get(1)).verdict().problems());
    }

    @Test
    void aWorkerWhoseCheckerWouldNotStartLeavesNoGradeUnmade() throws Exception {
        List<Grade> grades = new ParallelGrading(2, Messages.ENGLISH, () -> {
            throw new OutOfMemoryError("no heap for a checker");
        }).grade(jobs(3), g -> { });
        assertEquals(3, grades.size());
        for (Grade g : grades) {
            Verdict v = ((Grade.Graded) g).verdict();
            assertEquals(Verdict.Status.CANNOT_RUN, v.status());
            assertTrue(v.problems().getFirst().startsWith("internal error, could not check:"), v.problems().toString());
        }
    }
}
