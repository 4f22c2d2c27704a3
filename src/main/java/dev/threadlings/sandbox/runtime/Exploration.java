package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * What exploring a scenario found: the schedules run, whether they covered every schedule within the preemption
 * bound, and the first failure with its trace and the choices that replay it.
 */
record Exploration(int schedules, int systematic, boolean exhaustive, int preemptionBound, String strategies, double seconds,
                   Failure failure, List<TraceEvent> trace, List<String> threads, List<Integer> choices,
                   int unmanagedWarnings) {}
