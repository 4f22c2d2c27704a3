package dev.threadlings.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things are: the course (lessons/ and exercises/), the learner's work folder, the state folder.
 * Each can be given explicitly; otherwise it is found the way a learner would expect.
 */
public record Places(Path course, Path work, Path progressFile, Path historyFile) {

    /** Course: explicit, else -Dthreadlings.home, else the current folder if it is a course, else beside the jar. */
    public static Optional<Path> findCourse(Path explicit) {
        if (explicit != null) {
            return Optional.of(explicit.toAbsolutePath().normalize());
        }
        String home = System.getProperty("threadlings.home");
        if (home != null && isCourse(Path.of(home))) {
            return Optional.of(Path.of(home).toAbsolutePath().normalize());
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (isCourse(cwd)) {
            return Optional.of(cwd);
        }
        try {
            Path code = Path.of(Places.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (isCourse(p)) {
                    return Optional.of(p);
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through: no course found
        }
        return Optional.empty();
    }

    static boolean isCourse(Path dir) {
        return Files.isDirectory(dir.resolve("lessons")) && Files.isDirectory(dir.resolve("exercises"));
    }

    /** The learner's files: explicit, else $THREADLINGS_WORK, else {@code work/} in the course folder. */
    public static Path workFolder(Path explicit, Path course) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String env = System.getenv("THREADLINGS_WORK");
        return env != null && !env.isBlank() ? Path.of(env).toAbsolutePath() : course.resolve("work");
    }
}
