package dev.threadlings.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads a course folder ({@code lessons/} and {@code exercises/}) into a {@link Course}.
 *
 * <p>Never throws for what is in the files: every problem becomes a {@link CourseProblem} with file and line, the
 * broken lesson or exercise is left out and the rest loads. See ARCHITECTURE.md, "Course format".
 */
public final class CourseLoader {

    /** The lessons folder inside a course root. */
    public static final String LESSONS = "lessons";
    /** The exercises folder inside a course root. */
    public static final String EXERCISES = "exercises";

    private CourseLoader() {
    }

    /** Loads the course at {@code root} in English; a missing root or folder is reported as a problem, too. */
    public static Course load(Path root) {
        return load(root, Language.EN);
    }

    /**
     * Loads the course at {@code root} in {@code language}: each lesson and exercise file from its translation
     * where there is one that keeps the original's outline, else the English file.
     */
    public static Course load(Path root, Language language) {
        Path course = root.toAbsolutePath().normalize();
        Problems problems = new Problems(course);
        List<Parsed<Lesson>> lessons = new ArrayList<>();
        for (Path file : list(course.resolve(LESSONS), LessonReader::isLessonFile, problems)) {
            lessons.add(guarded(file, () -> LessonReader.read(file, problems)
                    .map(lesson -> LessonTranslation.apply(lesson, language, problems)), problems));
        }
        List<Parsed<Exercise>> exercises = new ArrayList<>();
        boolean withSolutions = !GradingBundle.isBundle(course);
        for (Path dir : list(course.resolve(EXERCISES), ExerciseReader::isExerciseDir, problems)) {
            Path file = dir.resolve(ExerciseReader.EXERCISE_FILE);
            exercises.add(guarded(file, () -> ExerciseReader.read(dir, withSolutions, problems)
                    .map(exercise -> ExerciseTranslation.apply(exercise, language, problems)), problems));
        }
        return new CourseLinker(problems).link(course, lessons, exercises);
    }

    // a bug of ours (or of a parser) on one odd file must cost that file, not the whole course
    private static <T> Parsed<T> guarded(Path file, Supplier<Parsed<T>> read, Problems problems) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            problems.add(file, 0, "could not be loaded (please report this): " + e);
            return new Parsed<>(file, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    // sorted by name so that loading, and which of two duplicates wins, does not depend on the file system
    private static List<Path> list(Path folder, Predicate<Path> wanted, Problems problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(folder, 0, "missing folder: a course has " + LESSONS + "/ and " + EXERCISES + "/");
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(wanted).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            problems.add(folder, 0, "cannot list the folder: " + e);
            return List.of();
        }
    }
}
