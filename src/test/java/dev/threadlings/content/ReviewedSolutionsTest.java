package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.*;

import dev.threadlings.course.Exercise;
import dev.threadlings.course.ReviewExpectation;
import dev.threadlings.eval.DefaultImports;
import dev.threadlings.review.Finding;
import dev.threadlings.review.Review;
import dev.threadlings.review.Reviewer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The anti-pattern review never rejects a reference solution: every solution can be read by the analyzer (a file
 * it cannot read makes a review check "could not check"), and none has a finding its exercise's {@code review}
 * blocks make fatal. Static and quick, so it covers every exercise whatever {@code -Dcourse.only} says.
 */
class ReviewedSolutionsTest {

    static Stream<Exercise> exercises() {
        return CourseContentTest.COURSE.exercises().stream().filter(e -> !e.challenge()); // no solution code
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void theReferenceSolutionHasNoFatalFinding(Exercise exercise) throws IOException {
        Review review = Reviewer.shared().review(exercise.fileName(), Files.readString(exercise.solutionFile()),
                DefaultImports.PACKAGES);
        assertInstanceOf(Review.Reviewed.class, review, () -> exercise.id() + ": " + review);
        Set<String> fatal = exercise.checks().stream().flatMap(c -> c.expectations().stream())
                .filter(e -> e instanceof ReviewExpectation).flatMap(e -> ((ReviewExpectation) e).fatal().stream())
                .collect(Collectors.toSet());
        List<Finding> rejected = review.findings().stream().filter(f -> fatal.contains(f.rule().id())).toList();
        assertEquals(List.of(), rejected, exercise.id() + "'s reference solution has a fatal finding");
    }
}
