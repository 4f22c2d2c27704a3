package dev.threadlings.classroom;

import dev.threadlings.course.Exercise;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One student's work: a folder laid out like a learner's work folder, {@code <id>/<File>.java} per exercise (what
 * the console writes, so a student hands in that folder as it is). When only one exercise is graded, the file may
 * also sit directly in the folder ({@code <File>.java}), the shape a one-exercise assignment repository has.
 *
 * @param name   who handed it in: the folder's name (the student, or the repository)
 * @param folder where the files are
 */
public record Submission(String name, Path folder) {

    /** Where this submission keeps its file for {@code exercise}; the file may be missing. */
    public Path fileOf(Exercise exercise, boolean onlyExercise) {
        Path nested = folder.resolve(exercise.id()).resolve(exercise.submissionName());
        Path flat = folder.resolve(exercise.submissionName());
        return onlyExercise && !Files.exists(nested) && Files.isRegularFile(flat) ? flat : nested;
    }
}
