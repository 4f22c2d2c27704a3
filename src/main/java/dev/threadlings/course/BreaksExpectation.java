package dev.threadlings.course;

import dev.threadlings.sandbox.runtime.ExplorerCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A {@code breaks expect=deadlock} block: the check of a break-it challenge. The exercise's file is code that looks
 * correct, and the learner does not change it: they find, by stepping through it (/step), the schedule that makes
 * the check's code fail as {@code expect} says. What is graded is a schedule (a {@code --replay} token), which the
 * explorer replays on the course's own copy of the file: it passes when that replay ends in the named failure, and
 * a schedule that ends in another failure (a data race where a deadlock was asked for) does not count.
 *
 * <p>A challenge has this one check (its {@code java} block starts the threads) and keeps a breaking schedule beside
 * it, in {@code solution/schedule.txt}: what "show me" plays, and what the course test replays to prove the challenge
 * can be solved (and that running each thread to its end in turn does not solve it).
 *
 * @param expect the failure class the schedule must reach: one of {@link ExploreExpectation#OUTCOMES} but none
 * @param line   1-based line of the opening fence
 */
public record BreaksExpectation(String expect, int line) implements Expectation {

    /** The file, in {@code solution/} of a challenge and in the learner's work folder, that holds a schedule. */
    public static final String SCHEDULE_FILE = "schedule.txt";

    /** Parses a {@code breaks} block; registered in {@link ExpectationKinds}. */
    static Optional<Expectation> parse(FencedBlock block, Problems problems) {
        int before = problems.count();
        block.allowWords(problems);
        block.allowOptions(problems, "expect");
        String expect = block.options().getOrDefault("expect", "");
        List<String> failures = ExploreExpectation.OUTCOMES.subList(1, ExploreExpectation.OUTCOMES.size());
        if (!failures.contains(expect)) {
            problems.add(block.file(), block.line(), "a `breaks` block needs expect=<failure>, one of " + failures);
        }
        return problems.count() == before ? Optional.of(new BreaksExpectation(expect, block.line()))
                : Optional.empty();
    }

    /** A challenge's own rules: one check, with code to run, expecting only {@code breaks}. */
    static void checkChallenge(Path dir, List<Check> checks, Problems problems) {
        if (checks.stream().noneMatch(c -> c.expectations().stream().anyMatch(e -> e instanceof BreaksExpectation))) {
            return;
        }
        if (checks.size() != 1 || checks.getFirst().expectations().size() != 1
                || checks.getFirst().code().isEmpty()) {
            problems.add(dir.resolve(ExerciseReader.CHECKS_FILE), checks.getFirst().line(), "a challenge (a `breaks`"
                    + " block) has exactly one check: a `java` block that starts the threads and the `breaks` block,"
                    + " nothing else");
        }
    }

    /**
     * The stored breaking schedule, as the missing solution of an exercise is: reported, not fatal — the challenge
     * can be done, but "show me" has nothing to play and no test can prove it can be solved.
     */
    static void checkStoredSchedule(Path dir, Path exerciseFile, int line, Problems problems) {
        Path stored = dir.resolve("solution").resolve(SCHEDULE_FILE);
        try {
            ExplorerCodec.parseChoices(Files.readString(stored).strip());
        } catch (IOException e) {
            problems.add(exerciseFile, line, "the solution file solution/" + SCHEDULE_FILE + " is missing: the "
                    + "challenge can be done, but /solution (\"show me\") has nothing to play and no test can prove "
                    + "that a schedule breaks it (keep there the dotted numbers /step printed)");
        } catch (NumberFormatException e) {
            problems.add(stored, 1, "not a schedule: the dotted numbers /step prints, like 0.1.1.0");
        }
    }
}
