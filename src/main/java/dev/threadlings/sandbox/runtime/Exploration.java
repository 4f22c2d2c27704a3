package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What exploring a scenario found: the schedules run, whether they covered every schedule within the preemption
 * bound, and the first failure with its trace and the choices that replay it. {@code limits}: what was not checked
 * although the search went on (the race detector gave up on a schedule with too many threads), for people.
 */
record Exploration(int schedules, int systematic, boolean exhaustive, int preemptionBound, String strategies, double seconds,
                   Failure failure, List<TraceEvent> trace, List<String> threads, List<Integer> choices,
                   int unmanagedWarnings, List<String> limits) {
    Exploration(int schedules, int systematic, boolean exhaustive, int preemptionBound, String strategies,
                double seconds, Failure failure, List<TraceEvent> trace, List<String> threads, List<Integer> choices,
                int unmanagedWarnings) {
        this(schedules, systematic, exhaustive, preemptionBound, strategies, seconds, failure, trace, threads, choices,
                unmanagedWarnings, List.of());
    }
}
