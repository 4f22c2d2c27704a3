package dev.threadlings.checking;

import dev.threadlings.course.Check;
import dev.threadlings.course.Exercise;
import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Grader;
import dev.threadlings.grade.Observation;
import dev.threadlings.grade.Verdict;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.text.FileTrouble;
import dev.threadlings.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Grades a break-it challenge: the schedule handed in (a file holding a {@code --replay} token) is replayed by the
 * explorer on the course's own copy of the challenge's code — never the learner's copy, which they may have
 * changed, and never a claim of the step view: what the replay ends in is the verdict.
 */
public final class ChallengeCheck {
    private ChallengeCheck() {}

    /** The scenario a challenge's schedules run in: the course's code, then the check's code. */
    public static dev.threadlings.sandbox.Scenario scenario(Exercise challenge) throws IOException {
        return StepScenarios.ofCheck(challenge.fileName(), Files.readString(challenge.starterFile()), check(challenge));
    }

    /** Grades the schedule in {@code scheduleFile}; a missing file is a failure (no schedule yet), not trouble. */
    public static Verdict grade(Exercise challenge, Path scheduleFile, Messages text) {
        long start = System.nanoTime();
        Check check = check(challenge);
        String token;
        try {
            token = Files.readString(scheduleFile).strip();
        } catch (NoSuchFileException e) {
            CheckResult none = Grader.grade(check, new Observation("", "", Optional.empty(), List.of()), text);
            return Verdict.of(challenge.id(), List.of(none), 1, seconds(start));
        } catch (IOException e) {
            return cannotRun(challenge, text.get("checker.cannot-read", scheduleFile, FileTrouble.describe(e, text)), start);
        }
        List<Integer> choices;
        try {
            choices = ExplorerCodec.parseChoices(token);
        } catch (NumberFormatException e) {
            CheckResult notOne = new CheckResult.Failed(check.name(), check.failureMessage(),
                    text.get("grade.not-a-schedule", token), List.of(), "not-a-schedule");
            return Verdict.of(challenge.id(), List.of(notOne), 1, seconds(start));
        }
        return grade(challenge, choices, text, start);
    }

    private static Verdict grade(Exercise challenge, List<Integer> choices, Messages text, long start) {
        Check check = check(challenge);
        SandboxReport replayed;
        try {
            replayed = Sandbox.explore(scenario(challenge), ExploreSettings.defaults().withReplay(choices));
        } catch (IOException e) {
            return cannotRun(challenge, text.get("checker.cannot-read", challenge.starterFile(), FileTrouble.describe(e, text)),
                    start);
        }
        Observation seen = CheckMessages.translate(check, new Observation("", "", Optional.empty(), List.of(),
                Optional.of(new Observation.Explored(replayed, ExploreRun.words(replayed)))));
        return Verdict.of(challenge.id(), List.of(Grader.grade(check, seen, text)), 1, seconds(start));
    }

    private static Check check(Exercise challenge) {
        if (!challenge.challenge()) {
            throw new IllegalArgumentException(challenge.id() + " is not a challenge");
        }
        return challenge.checks().getFirst();
    }

    private static Verdict cannotRun(Exercise challenge, String why, long start) {
        return new Verdict(challenge.id(), Verdict.Status.CANNOT_RUN, List.of(), List.of(why), 1, seconds(start));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
