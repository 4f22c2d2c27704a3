package dev.threadlings.mutation;

import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import java.util.Set;

/** What the exercise's checks made of one mutant. */
public sealed interface MutantOutcome {

    /** A check rejected it: the checks can tell this mistake from the solution. */
    record Killed(String check, String kind) implements MutantOutcome {}

    /** Every check passed: a hole in the checks, unless the author has shown the mutant equivalent. */
    record Survived() implements MutantOutcome {}

    /** It does not compile, so no learner could hand it in; not counted. */
    record Stillborn(String problem) implements MutantOutcome {}

    /** The checks could not say (a VM did not start, the sandbox met a call it does not model); not counted. */
    record CouldNotCheck(String reason) implements MutantOutcome {}

    /** Failure kinds that say the check could not judge the code, rather than that the code is wrong. */
    Set<String> CANNOT_JUDGE = Set.of("not-explored", "stuck", "does-not-fit");

    static MutantOutcome of(Verdict v) {
        return switch (v.status()) {
            case PASSED -> new Survived();
            case COMPILE_ERROR -> new Stillborn(v.problems().isEmpty() ? "" : v.problems().getFirst());
            case CANNOT_RUN -> new CouldNotCheck(v.problems().isEmpty() ? v.results().stream()
                    .filter(r -> r instanceof CheckResult.NotChecked).map(r -> (CheckResult.NotChecked) r)
                    .map(n -> "\"" + n.name() + "\": " + n.reason()).findFirst().orElse("")
                    : String.join("; ", v.problems()));
            case FAILED -> v.results().stream().filter(r -> r instanceof CheckResult.Failed)
                    .map(r -> (CheckResult.Failed) r).findFirst()
                    .<MutantOutcome>map(f -> CANNOT_JUDGE.contains(f.kind())
                            ? new CouldNotCheck("\"" + f.name() + "\": " + f.kind() + ": " + f.reason())
                            : new Killed(f.name(), f.kind()))
                    .orElse(new CouldNotCheck("the checks stopped before a result (" + v.results().size() + " of "
                            + v.totalChecks() + " ran)"));
        };
    }
}
