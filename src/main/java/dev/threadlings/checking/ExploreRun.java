package dev.threadlings.checking;

import dev.threadlings.course.Check;
import dev.threadlings.course.ExploreExpectation;
import dev.threadlings.grade.Observation;
import dev.threadlings.report.SandboxText;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.Sandbox;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.sandbox.SandboxReport;
import dev.threadlings.text.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Runs a check's code under the concurrency sandbox: the learner's file and the check's code become one scenario
 * whose thread schedules are explored. The verdict depends on every explored interleaving, not on one lucky run.
 */
final class ExploreRun {
    private ExploreRun() {}

    static boolean wanted(Check check) {
        return check.expectations().stream().anyMatch(e -> e instanceof ExploreExpectation);
    }

    static Observation observe(String fileName, String text, Check check, Optional<List<Integer>> replay) {
        ExploreExpectation e = check.expectations().stream().filter(x -> x instanceof ExploreExpectation)
                .map(x -> (ExploreExpectation) x).findFirst().orElseThrow();
        ExploreSettings settings = ExploreSettings.defaults().withSearch(e.search()).withBudget(e.budget())
                .withSeconds(e.seconds()).withBound(e.bound());
        if (replay.isPresent()) {
            settings = settings.withReplay(replay.get());
        }
        SandboxReport r = Sandbox.explore(StepScenarios.ofCheck(fileName, text, check), settings);
        if (r.outcome() == SandboxOutcome.COMPILE_ERROR) {
            return new Observation("", "", Optional.of(new Observation.Trouble.DoesNotFit(SandboxText.details(r))),
                    List.of());
        }
        // an internal error or an unmodelled call is an Explored outcome too: the grader says "could not check"
        return new Observation("", "", Optional.empty(), List.of(), Optional.of(new Observation.Explored(r,
                words(r))));
    }

    /** The report's words, which the grader puts in its reasons in the learner's language. */
    static Observation.Explored.Words words(SandboxReport r) {
        return new Observation.Explored.Words() {
            public String headline(Messages text) {
                return SandboxText.headline(r, text);
            }

            public List<String> details(Messages text) {
                return SandboxText.details(r, text);
            }

            public String coverage(Messages text) {
                return SandboxText.coverage(r, text);
            }
        };
    }
}
