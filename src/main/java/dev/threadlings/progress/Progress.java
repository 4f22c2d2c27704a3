package dev.threadlings.progress;

import dev.threadlings.course.Ids;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the learner has done: an immutable value; every {@code with…} method returns a new one.
 *
 * <p>Ids (exercise and lesson ids) must be non-empty and contain no white space, no comma and no control
 * character: the progress file joins them with commas (see {@link ProgressStore}). Failure counts are at least 1;
 * an exercise that never failed has no entry. The collections are unmodifiable and sorted, so iteration order and
 * the saved file are stable.
 *
 * @param passedExercises exercises whose checks all passed at least once
 * @param failedChecks    exercise id → how many {@code /check} runs failed (kept after a pass: it is history)
 * @param readLessons     lessons the learner opened
 * @param currentLesson   the lesson the console shows on start
 * @param currentExercise the exercise the console works on on start
 */
public record Progress(Set<String> passedExercises, Map<String, Integer> failedChecks,
                       Set<String> readLessons, Optional<String> currentLesson, Optional<String> currentExercise) {

    private static final Progress EMPTY =
            new Progress(Set.of(), Map.of(), Set.of(), Optional.empty(), Optional.empty());

    /** Validates every id and count and takes sorted, unmodifiable copies. */
    public Progress {
        passedExercises = sortedCopy(passedExercises, "passed exercise");
        readLessons = sortedCopy(readLessons, "read lesson");
        var failures = new TreeMap<String, Integer>();
        Objects.requireNonNull(failedChecks, "failedChecks").forEach((id, n) -> {
            checkId(id, "failed exercise");
            if (n == null || n < 1) {
                throw new IllegalArgumentException("failure count for " + id + " must be at least 1, was " + n);
            }
            failures.put(id, n);
        });
        failedChecks = Collections.unmodifiableSortedMap(failures);
        Objects.requireNonNull(currentLesson, "currentLesson").ifPresent(id -> checkId(id, "current lesson"));
        Objects.requireNonNull(currentExercise, "currentExercise").ifPresent(id -> checkId(id, "current exercise"));
    }

    /** Nothing done yet. */
    public static Progress empty() {
        return EMPTY;
    }

    /** This progress with {@code exerciseId} passed. */
    public Progress withPassed(String exerciseId) {
        return new Progress(plus(passedExercises, exerciseId), failedChecks, readLessons,
                currentLesson, currentExercise);
    }

    /** This progress as if {@code exerciseId} had never been checked: not passed, no failed checks. */
    public Progress withoutExercise(String exerciseId) {
        var passed = new java.util.TreeSet<>(passedExercises);
        passed.remove(exerciseId);
        var failures = new TreeMap<>(failedChecks);
        failures.remove(exerciseId);
        return new Progress(passed, failures, readLessons, currentLesson, currentExercise);
    }

    /** This progress with one more failed {@code /check} of {@code exerciseId}. */
    public Progress withFailure(String exerciseId) {
        var failures = new TreeMap<>(failedChecks);
        failures.merge(exerciseId, 1, Integer::sum);
        return new Progress(passedExercises, failures, readLessons, currentLesson, currentExercise);
    }

    /** This progress with {@code lessonId} read. */
    public Progress withRead(String lessonId) {
        return new Progress(passedExercises, failedChecks, plus(readLessons, lessonId), currentLesson, currentExercise);
    }

    /** This progress with {@code id} as the current lesson. */
    public Progress withCurrentLesson(String id) {
        return new Progress(passedExercises, failedChecks, readLessons, Optional.of(id), currentExercise);
    }

    /** This progress with {@code id} as the current exercise. */
    public Progress withCurrentExercise(String id) {
        return new Progress(passedExercises, failedChecks, readLessons, currentLesson, Optional.of(id));
    }

    /** Whether exercise {@code id} has passed. */
    public boolean passed(String id) {
        return passedExercises.contains(id);
    }

    /** How many {@code /check} runs of exercise {@code id} failed; 0 if none. */
    public int failures(String id) {
        return failedChecks.getOrDefault(id, 0);
    }

    /**
     * Throws {@link IllegalArgumentException} unless {@code id} can be stored: the file format separates ids with
     * commas and trims white space, so neither may appear inside one.
     */
    static String checkId(String id, String what) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(what + " id is empty");
        }
        if (!Ids.isValid(id)) { // the course's own rule: "42" or "[threads]" is no lesson or exercise of any course
            throw new IllegalArgumentException(what + " id '" + id.replaceAll("\\p{Cntrl}", "?")
                    + "' is not an id (" + Ids.RULE + ")");
        }
        return id;
    }

    private static Set<String> sortedCopy(Set<String> ids, String what) {
        var copy = new TreeSet<String>();
        for (String id : Objects.requireNonNull(ids, what + "s")) {
            copy.add(checkId(id, what));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    private static Set<String> plus(Set<String> ids, String id) {
        var copy = new TreeSet<>(ids);
        copy.add(id);
        return copy;
    }
}
