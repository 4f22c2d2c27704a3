package dev.threadlings.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded course: its lessons in course order, its exercises in course order (by lesson, then as each lesson lists
 * them) and every problem found while loading.
 *
 * <p>The model is consistent even when the files are not: every exercise id a lesson lists resolves to an exercise
 * of that lesson, every {@code requires} id resolves to a lesson, and every exercise's lesson exists. Anything that
 * would break this was left out and reported in {@link #problems()}.
 *
 * @param root     the course folder (absolute, normalized)
 * @param lessons  lessons sorted by {@code order}, then file name
 * @param exercises exercises in course order
 * @param problems what was wrong with the files; a problem's path is relative to {@code root}
 */
public record Course(Path root, List<Lesson> lessons, List<Exercise> exercises, List<CourseProblem> problems) {

    public Course {
        Objects.requireNonNull(root, "root");
        lessons = List.copyOf(lessons);
        exercises = List.copyOf(exercises);
        problems = List.copyOf(problems);
    }

    /**
     * A lesson by id or by its 1-based position in course order ({@code "2"} or {@code "02"}). Ids start with a
     * letter, so the two never clash.
     */
    public Optional<Lesson> lesson(String idOrNumber) {
        for (Lesson lesson : lessons) {
            if (lesson.id().equals(idOrNumber)) {
                return Optional.of(lesson);
            }
        }
        try {
            int position = Integer.parseInt(idOrNumber.strip());
            return position >= 1 && position <= lessons.size() ? Optional.of(lessons.get(position - 1)) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** An exercise by id. */
    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exercises of a lesson, in the order the lesson lists them. */
    public List<Exercise> exercisesOf(Lesson lesson) {
        return lesson.exercises().stream().map(this::exercise).flatMap(Optional::stream).toList();
    }

    /** The lesson an exercise belongs to (always present for an exercise of this course). */
    public Optional<Lesson> lessonOf(Exercise exercise) {
        return lessons.stream().filter(l -> l.id().equals(exercise.lessonId())).findFirst();
    }
}
