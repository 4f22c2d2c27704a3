package dev.threadlings.classroom;

import dev.threadlings.course.Exercise;
import dev.threadlings.grade.Verdict;
import java.nio.file.Path;

/** What one submission got for one exercise. */
public sealed interface Grade {
    Submission submission();

    Exercise exercise();

    /** The exit code this grade contributes: a missing file is the student's failure, like a failed check. */
    int exitCode();

    /** The file was graded. */
    record Graded(Submission submission, Exercise exercise, Verdict verdict) implements Grade {
        @Override
        public int exitCode() {
            return verdict.status().exitCode;
        }
    }

    /** Nothing was handed in for this exercise: there was no file at {@code expected}. */
    record Missing(Submission submission, Exercise exercise, Path expected) implements Grade {
        @Override
        public int exitCode() {
            return 1;
        }
    }
}
