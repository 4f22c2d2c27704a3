package dev.threadlings.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what single files cannot: unique ids, and that lessons, exercises and {@code requires} point at each other
 * correctly. Leaves out what does not resolve, so the {@link Course} it builds is consistent.
 *
 * <p>A dangling reference in a lesson drops that reference (the lesson's prose is still worth reading); an exercise
 * whose lesson is missing or does not list it is left out (it could not be reached in course order). A reference to
 * an item that exists but is broken is dropped silently: that item's own problems are already reported.
 */
final class CourseLinker {

    private final Problems problems;

    CourseLinker(Problems problems) {
        this.problems = problems;
    }

    Course link(Path root, List<Parsed<Lesson>> parsedLessons, List<Parsed<Exercise>> parsedExercises) {
        Set<String> brokenLessons = new HashSet<>();
        Map<String, Parsed<Lesson>> lessons = unique("lesson", parsedLessons, brokenLessons);
        Set<String> brokenExercises = new HashSet<>();
        Map<String, Parsed<Exercise>> exercises = unique("exercise", parsedExercises, brokenExercises);
        // a broken exercise without a usable id is still exercises/<id>/: its folder names it
        parsedExercises.stream().filter(p -> p.value().isEmpty())
                .forEach(p -> brokenExercises.add(p.file().getParent().getFileName().toString()));
        // a broken lesson without a usable id might be the one a reference means: say so instead of "does not exist"
        boolean unidentified = parsedLessons.stream()
                .anyMatch(p -> p.value().isEmpty() && p.id().filter(Ids::isValid).isEmpty());
        String unknownLesson = unidentified
                ? ", or is one of the lesson files with problems above" : "";

        Map<String, Exercise> linked = new HashMap<>();
        for (Parsed<Exercise> parsed : exercises.values()) {
            Exercise exercise = parsed.value().orElseThrow();
            Parsed<Lesson> lesson = lessons.get(exercise.lessonId());
            if (lesson == null) {
                if (brokenLessons.contains(exercise.lessonId())) {
                    problems.add(parsed.file(), parsed.line("lesson"), "its lesson '" + exercise.lessonId()
                            + "' has problems (above) and could not be loaded; this exercise is skipped with it");
                } else {
                    problems.add(parsed.file(), parsed.line("lesson"), "lesson '" + exercise.lessonId() + "' does not exist"
                            + Suggestions.didYouMean(exercise.lessonId(), lessons.keySet()) + unknownLesson
                            + "; this exercise is skipped");
                }
            } else if (!lesson.value().orElseThrow().exercises().contains(exercise.id())) {
                problems.add(parsed.file(), parsed.line("lesson"), "lesson '" + exercise.lessonId() + "' ("
                        + problems.show(lesson.file()) + ") does not list '" + exercise.id()
                        + "' under `exercises`; this exercise is skipped");
            } else {
                linked.put(exercise.id(), exercise);
            }
        }

        List<Lesson> result = new ArrayList<>();
        for (Parsed<Lesson> parsed : lessons.values()) {
            Lesson lesson = parsed.value().orElseThrow();
            List<String> listed = new ArrayList<>();
            for (String id : lesson.exercises()) {
                Parsed<Exercise> exercise = exercises.get(id);
                if (linked.containsKey(id) && linked.get(id).lessonId().equals(lesson.id())) {
                    listed.add(id);
                } else if (exercise != null) {
                    String owner = exercise.value().orElseThrow().lessonId();
                    if (!owner.equals(lesson.id())) {
                        problems.add(parsed.file(), parsed.line("exercises", id), "lists exercise '" + id + "', but "
                                + problems.show(exercise.file()) + " says `lesson: " + owner + "`");
                    }
                } else if (!brokenExercises.contains(id)) {
                    problems.add(parsed.file(), parsed.line("exercises", id), "lists exercise '" + id
                            + "', which does not exist (no exercises/" + id + "/exercise.md)"
                            + Suggestions.didYouMean(id, exercises.keySet()));
                }
            }
            List<String> requires = new ArrayList<>();
            for (String id : lesson.requires()) {
                if (id.equals(lesson.id())) {
                    problems.add(parsed.file(), parsed.line("requires", id), "a lesson cannot require itself");
                } else if (lessons.containsKey(id)) {
                    requires.add(id);
                } else if (!brokenLessons.contains(id)) {
                    problems.add(parsed.file(), parsed.line("requires", id), "requires lesson '" + id
                            + "', which does not exist" + Suggestions.didYouMean(id, lessons.keySet()) + unknownLesson);
                }
            }
            result.add(new Lesson(lesson.id(), lesson.title(), lesson.order(), listed, requires, lesson.file(),
                    lesson.markdown(), lesson.codeBlocks(), lesson.preview()));
        }
        result.sort(Comparator.comparingInt(Lesson::order).thenComparing(l -> l.file().getFileName().toString()));
        result = withoutRequiresCycles(result, lessons);

        // course order: by lesson, then as the lesson lists them
        List<Exercise> ordered = result.stream()
                .flatMap(lesson -> lesson.exercises().stream().map(linked::get))
                .toList();
        return new Course(root, result, ordered, problems.all());
    }

    private List<Lesson> withoutRequiresCycles(List<Lesson> sorted, Map<String, Parsed<Lesson>> parsed) {
        Map<String, List<String>> requires = new LinkedHashMap<>();
        sorted.forEach(lesson -> requires.put(lesson.id(), lesson.requires()));
        List<RequiresCycles.Closing> closing = RequiresCycles.find(requires);
        for (RequiresCycles.Closing edge : closing) {
            Parsed<Lesson> lesson = parsed.get(edge.lesson());
            problems.add(lesson.file(), lesson.line("requires", edge.required()), "requires form a cycle ("
                    + String.join(" -> ", edge.cycle()) + "), so none of them could be started; this requirement is dropped");
        }
        Map<String, List<String>> kept = RequiresCycles.without(requires, closing);
        return sorted.stream().map(l -> new Lesson(l.id(), l.title(), l.order(), l.exercises(), kept.get(l.id()),
                l.file(), l.markdown(), l.codeBlocks(), l.preview())).toList();
    }

    /**
     * The valid items by id. The first file (in the given order) to claim an id keeps it; a later one is reported,
     * naming both files, and skipped. Ids claimed only by broken items are collected in {@code broken}.
     */
    private <T> Map<String, Parsed<T>> unique(String what, List<Parsed<T>> parsed, Set<String> broken) {
        Map<String, Parsed<T>> firstClaim = new HashMap<>();
        Map<String, Parsed<T>> valid = new LinkedHashMap<>();
        for (Parsed<T> item : parsed) {
            if (item.id().isEmpty()) {
                continue;
            }
            String id = item.id().get();
            Parsed<T> first = firstClaim.putIfAbsent(id, item);
            if (first != null) {
                problems.add(item.file(), item.line("id"), "duplicate " + what + " id '" + id + "': "
                        + problems.show(first.file()) + ":" + first.line("id") + " already uses it; this " + what
                        + " is skipped");
            } else if (item.value().isPresent()) {
                valid.put(id, item);
            } else {
                broken.add(id);
            }
        }
        return valid;
    }
}
