package dev.threadlings.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A copy of the course made for grading other people's code: lessons and exercises without what a submission
 * could copy from — the reference solutions ({@code solution/}), the wrong and other right variants
 * ({@code wrong/}, {@code right/}) and the
 * mutation reports ({@code mutants.md}). Learner code runs with the grader's file rights, so the only sure way to
 * keep the answers from it is not to have them on the machine. A marker file at the top says what the folder is; a
 * course with the marker loads without solution files.
 */
public final class GradingBundle {
    /** The marker file at the top of a grading bundle. */
    public static final String MARKER = "GRADING-BUNDLE.md";

    private static final Set<String> LEFT_OUT_FOLDERS = Set.of("solution", "wrong", "right");
    private static final Set<String> LEFT_OUT_FILES = Set.of("mutants.md");

    private GradingBundle() {}

    /** Whether {@code courseRoot} is a grading bundle (so its exercises have no solution files). */
    public static boolean isBundle(Path courseRoot) {
        return Files.isRegularFile(courseRoot.resolve(MARKER));
    }

    /** Copies the course at {@code courseRoot} into {@code out} (which must be empty or missing), answers left out. */
    public static void copy(Path courseRoot, Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> existing = Files.list(out)) {
            if (existing.findAny().isPresent()) {
                throw new IOException(out + " is not empty; a bundle is made in an empty folder");
            }
        }
        for (String top : List.of(CourseLoader.LESSONS, CourseLoader.EXERCISES)) {
            Path from = courseRoot.resolve(top);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(f -> kept(from.relativize(f))).toList()) {
                    Path to = out.resolve(top).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        Files.writeString(out.resolve(MARKER), """
                # A threadlings grading bundle

                The course's lessons and exercises without the reference solutions, the wrong variants and the
                mutation reports, made by `threadlings bundle` to grade students' files where their code cannot
                read the answers. `threadlings check --submissions DIR` grades a class; the console works too,
                but `/solution` has nothing to show.
                """);
    }

    private static boolean kept(Path relative) {
        for (Path part : relative) {
            if (LEFT_OUT_FOLDERS.contains(part.toString())) {
                return false;
            }
        }
        return !LEFT_OUT_FILES.contains(relative.getFileName().toString());
    }
}
