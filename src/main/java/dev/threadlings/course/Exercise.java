package dev.threadlings.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One exercise folder, {@code exercises/<id>/}.
 *
 * @param id            the exercise id (equal to the folder name)
 * @param title         the title from the front matter
 * @param lessonId      the lesson this exercise belongs to (always a loaded lesson)
 * @param dir           the exercise folder (absolute)
 * @param fileName      the learner's file name, e.g. {@code Counter.java}
 * @param statement     the body of {@code exercise.md}: the text after the front matter, unchanged
 * @param hints         the hints in order, as Markdown; each is the text under one {@code ## } heading of
 *                      {@code hints.md} without the heading line, blank lines at both ends removed
 * @param solutionAfter failed check runs after which {@code /solution} unlocks without a pass (default 3)
 * @param checks        the checks, in file order
 * @param preview       {@code preview: true}: the learner's file and the checks need the JDK's preview features
 *                      (off when absent); such an exercise has no {@code explore} checks
 * @param wrongVariants the plausible wrong solutions under {@code wrong/}, by folder name; each must be rejected
 * @param rightVariants other correct solutions under {@code right/}, by folder name; each must pass every check
 */
public record Exercise(String id, String title, String lessonId, Path dir, String fileName, String statement,
                       List<String> hints, int solutionAfter, List<Check> checks, boolean preview,
                       List<WrongVariant> wrongVariants, List<RightVariant> rightVariants) {

    /** Failed check runs before the solution unlocks when {@code solution-after} is absent. */
    public static final int DEFAULT_SOLUTION_AFTER = 3;

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(statement, "statement");
        hints = List.copyOf(hints);
        checks = List.copyOf(checks);
        wrongVariants = List.copyOf(wrongVariants);
        rightVariants = List.copyOf(rightVariants);
    }

    /** The starter file the learner receives: {@code dir/fileName}. */
    public Path starterFile() {
        return dir.resolve(fileName);
    }

    /**
     * A break-it challenge ({@link BreaksExpectation}): its file is correct-looking code the learner steps through,
     * and what is graded is a schedule, not the file.
     */
    public boolean challenge() {
        return checks.stream().flatMap(c -> c.expectations().stream()).anyMatch(e -> e instanceof BreaksExpectation);
    }

    /** What the learner hands in: their file, or for a challenge the schedule file. */
    public String submissionName() {
        return challenge() ? BreaksExpectation.SCHEDULE_FILE : fileName;
    }

    /** A challenge's stored breaking schedule ("show me"): {@code dir/solution/schedule.txt}. */
    public Path scheduleFile() {
        return dir.resolve("solution").resolve(BreaksExpectation.SCHEDULE_FILE);
    }

    /** The reference solution: {@code dir/solution/fileName}. */
    public Path solutionFile() {
        return dir.resolve("solution").resolve(fileName);
    }
}
