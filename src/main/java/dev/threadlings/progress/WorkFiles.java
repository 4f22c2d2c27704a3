package dev.threadlings.progress;

import dev.threadlings.course.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The learner's own copies of exercise files: {@code <work>/<exercise id>/<file>}. A copy is made from the starter
 * the first time an exercise is opened and is never overwritten afterwards.
 */
public final class WorkFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

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

    /** What the learner hands in: their copy of the file, or for a challenge the schedule they stepped last. */
    public Path submissionOf(Exercise exercise) {
        return root.resolve(exercise.id()).resolve(exercise.submissionName());
    }

    /** Keeps the schedule a learner stepped through a challenge, to be graded (and graded again by /check). */
    public Path saveSchedule(Exercise challenge, String token) throws IOException {
        Path file = submissionOf(challenge);
        Files.createDirectories(file.getParent());
        Files.writeString(file, token + "\n");
        return file;
    }

    /**
     * Puts the starter back as the learner's copy. The copy there was is kept beside it as
     * {@code <file>.bak-yyyyMMdd-HHmmss} (then {@code -2}, … if taken), never overwritten; returns where, if any.
     */
    public Optional<Path> restoreStarter(Exercise exercise, LocalDateTime now) throws IOException {
        Path file = fileOf(exercise);
        Optional<Path> kept = Optional.empty();
        if (Files.exists(file)) {
            String base = file.getFileName() + ".bak-" + STAMP.format(now);
            for (int n = 1; kept.isEmpty(); n++) {
                Path backup = file.resolveSibling(n == 1 ? base : base + "-" + n);
                try {
                    Files.move(file, backup); // without REPLACE_EXISTING: an older backup is never overwritten
                    kept = Optional.of(backup);
                } catch (FileAlreadyExistsException e) {
                    if (n >= 1000) {
                        throw e;
                    }
                }
            }
        }
        ensure(exercise);
        return kept;
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
