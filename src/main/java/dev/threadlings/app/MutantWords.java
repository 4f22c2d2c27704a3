package dev.threadlings.app;

import dev.threadlings.course.Check;
import dev.threadlings.course.Course;
import dev.threadlings.course.CourseLoader;
import dev.threadlings.course.Exercise;
import dev.threadlings.course.Language;
import dev.threadlings.mutation.Graded;
import dev.threadlings.mutation.MutantOutcome;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;

/**
 * {@code dev mutants}' line per graded mutant, in the reader's language. Mutants are graded with the English course
 * (its mutants.md files are the course's, in English), so a check that killed one is named by its English title;
 * shown here by the title it has in the reader's translation (a translation keeps the original's checks, in order).
 *
 * @param checkName (exercise id, English check title) → the title the reader reads
 */
record MutantWords(Messages text, BinaryOperator<String> checkName) {

    static MutantWords of(Course english, Language language, Messages text) {
        if (language.isOriginal()) {
            return new MutantWords(text, (id, name) -> name);
        }
        Course read = CourseLoader.load(english.root(), language);
        return new MutantWords(text, (id, name) -> translated(titles(english, id), titles(read, id), name));
    }

    String progress(Exercise exercise, Graded graded) {
        return text.get("mutants.progress", exercise.id(), graded.mutant().id(), outcome(exercise, graded.outcome()),
                String.format(Locale.ROOT, "%.1f", graded.seconds()));
    }

    private String outcome(Exercise exercise, MutantOutcome outcome) {
        return switch (outcome) {
            case MutantOutcome.Killed k ->
                    text.get("mutants.outcome.killed", checkName.apply(exercise.id(), k.check()), k.kind());
            case MutantOutcome.Survived s -> text.get("mutants.outcome.survived");
            case MutantOutcome.Stillborn s -> text.get("mutants.outcome.stillborn");
            case MutantOutcome.CouldNotCheck c -> text.get("mutants.outcome.could-not-check", c.reason());
        };
    }

    /** The title at {@code name}'s place among the original's checks; {@code name} when the two do not match up. */
    static String translated(List<String> original, List<String> translation, String name) {
        int index = original.indexOf(name);
        return index >= 0 && original.size() == translation.size() ? translation.get(index) : name;
    }

    private static List<String> titles(Course course, String exerciseId) {
        return course.exercise(exerciseId).map(e -> e.checks().stream().map(Check::name).toList()).orElse(List.of());
    }
}
