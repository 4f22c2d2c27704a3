package dev.threadlings.mutation;

import dev.threadlings.course.Exercise;
import java.util.List;
import java.util.Optional;

/**
 * The mutation run of one exercise.
 *
 * @param exercise   the exercise
 * @param notGraded  why its mutants could not be graded (the solution does not parse, or fails its own checks)
 * @param graded     every mutant with its outcome, in operator order
 * @param seconds    time spent checking this exercise's solution and mutants (summed over jobs)
 */
public record ExerciseMutants(Exercise exercise, Optional<String> notGraded, List<Graded> graded, double seconds) {
    public ExerciseMutants {
        graded = List.copyOf(graded);
    }

    public long count(Class<? extends MutantOutcome> kind) {
        return graded.stream().filter(g -> kind.isInstance(g.outcome())).count();
    }
}
