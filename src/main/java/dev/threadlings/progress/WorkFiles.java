package dev.threadlings.progress;

import dev.threadlings.course.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The learner's own copies of exercise files: {@code <work>/<exercise id>/<file>}. A copy is made from the starter
 * the first time an exercise is opened and is never overwritten afterwards.
 */
public final class WorkFiles {
    private final Path root;

    public WorkFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Where the learner's copy of this exercise's file lives (it may not exist yet). */
    public Path fileOf(Exercise exercise) {
        return root.resolve(exercise.id()).resolve(exercise.fileName());
    }

    /** The learner's copy, made from the starter if there is none yet. */
    public Path ensure(Exercise exercise) throws IOException {
        Path file = fileOf(exercise);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.copy(exercise.starterFile(), file);
        }
        return file;
    }
}
