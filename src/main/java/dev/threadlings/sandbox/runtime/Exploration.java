package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What exploring a scenario found: the schedules run, whether they covered every schedule within the preemption
 * bound, and the first failure found with its trace and the choices that replay it. {@code limits}: what was not
 * checked although the search went on (the race detector gave up on a schedule with too many threads).
 */
public record Exploration(int schedules, int systematic, boolean exhaustive, int preemptionBound,
                          List<Searched> strategies, double seconds,
                   Finding failure, List<TraceEvent> trace, List<String> threads, List<Integer> choices,
                   int unmanagedWarnings, List<Limit> limits) {
    /** The explorer itself failed: nothing was explored. */
    public static Exploration error(Throwable t) {
        return new Exploration(0, 0, false, 0, List.of(), 0,
                new Finding.SandboxFailed(Finding.SandboxFailed.Reason.EXPLORER, t.toString(), List.of()), List.of(),
                List.of(), List.of(), 0, List.of());
    }

    public Exploration(int schedules, int systematic, boolean exhaustive, int preemptionBound, List<Searched> strategies,
                double seconds, Finding failure, List<TraceEvent> trace, List<String> threads, List<Integer> choices,
                int unmanagedWarnings) {
        this(schedules, systematic, exhaustive, preemptionBound, strategies, seconds, failure, trace, threads, choices,
                unmanagedWarnings, List.of());
    }
}
