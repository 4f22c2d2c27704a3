package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.Limit;
import dev.threadlings.sandbox.runtime.Search;
import dev.threadlings.sandbox.runtime.Searched;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the sandbox found for a scenario, as data: {@code report.SandboxText} and {@code report.SandboxJson} put it
 * into words, in the learner's language.
 *
 * @param finding  what went wrong (its frames mapped to the learner's lines), or null when nothing was found
 * @param trace    the failing schedule, step by step (empty when none failed)
 * @param threads  thread labels by id ("main", "T1 \"worker\"")
 * @param choices  the failing schedule's decisions, for replaying it exactly
 * @param coverage what was explored
 * @param limits   what was not checked although the search went on (the race detector gave up): a verdict with
 *                 limits is never shown as clean
 */
public record SandboxReport(Finding finding, List<Step> trace, List<String> threads, List<Integer> choices,
                            Coverage coverage, List<Limit> limits) {
    public SandboxReport {
        trace = List.copyOf(trace);
        threads = List.copyOf(threads);
        choices = List.copyOf(choices);
        limits = List.copyOf(limits);
    }

    /** Nothing found, the failure class, or why the program could not be checked. */
    public SandboxOutcome outcome() {
        return finding == null ? SandboxOutcome.NONE : SandboxOutcome.of(finding.kind());
    }

    /**
     * One step: thread id, where, the source text of that line (empty when unknown), what happened; a negative
     * thread id marks steps left out ("… 120 more steps …").
     */
    public record Step(int thread, String location, String code, String what) {
        public boolean gap() {
            return thread < 0;
        }
    }

    /**
     * What was explored.
     *
     * @param search     how schedules were chosen ({@link Search#FREE}: one run on real threads, races only)
     * @param schedules  how many schedules ran
     * @param systematic how many of them came from the systematic search (every schedule within the bound)
     * @param exhaustive true when every schedule within the preemption bound was run and none failed
     * @param bound      the preemption bound of the systematic part
     * @param strategies how schedules were chosen, in the order the search used them
     * @param seconds    time spent exploring (in the explorer VM)
     * @param unmanaged  threads that did not finish under the scheduler (a sign of code the sandbox does not model)
     */
    public record Coverage(Search search, int schedules, int systematic, boolean exhaustive, int bound,
                           List<Searched> strategies, double seconds, int unmanaged) {
        /** Nothing explored: the program did not compile, or the sandbox failed before it ran. */
        public static final Coverage NONE = new Coverage(Search.AUTO, 0, 0, false, 0, List.of(), 0, 0);

        public Coverage {
            strategies = List.copyOf(strategies);
        }
    }

    /** A report of a finding with nothing explored (compile errors, the sandbox's own failures, an early end). */
    public static SandboxReport unexplored(Finding finding) {
        return new SandboxReport(finding, List.of(), List.of(), List.of(), Coverage.NONE, List.of());
    }

    /** The report with each step's source text, looked up by its location. */
    SandboxReport withCode(java.util.function.Function<String, String> lineAt) {
        List<Step> coded = trace.stream()
                .map(t -> t.gap() ? t : new Step(t.thread(), t.location(), lineAt.apply(t.location()), t.what()))
                .toList();
        return new SandboxReport(finding, coded, threads, choices, coverage, limits);
    }

    /** A failure of the program was found (not: it could not be checked). */
    public boolean failed() {
        return outcome().failure();
    }

    /** A free run: the program once on real threads, races only; no schedule, no trace. */
    public boolean freeRun() {
        return coverage.search() == Search.FREE;
    }

    /** The choices as the {@code --replay} argument: {@code 0.1.1.0}. */
    public String replayArgument() {
        return ExplorerCodec.choices(choices);
    }

    public Optional<String> threadName(int id) {
        return id >= 0 && id < threads.size() ? Optional.of(threads.get(id)) : Optional.empty();
    }

    /** The sandbox itself failed: never a verdict on the program. */
    public static SandboxReport error(Finding.SandboxFailed.Reason why, String detail, List<String> lines) {
        return unexplored(new Finding.SandboxFailed(why, detail, lines));
    }

    /** A bug of the sandbox itself, with where it happened, so that it can be reported and fixed. */
    public static SandboxReport internalError(Throwable e) {
        List<String> where = Arrays.stream(e.getStackTrace()).limit(8).map(f -> "at " + f).toList();
        return error(Finding.SandboxFailed.Reason.INTERNAL, e.toString(), where);
    }
}
