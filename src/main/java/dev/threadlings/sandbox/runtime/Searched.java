package dev.threadlings.sandbox.runtime;

import dev.threadlings.sandbox.runtime.explore.Directed;

/** How the schedules of an exploration were chosen, in the order the search used them; the report says it. */
public sealed interface Searched {
    /** Every schedule with at most {@code preemptions} preemptions (bounded depth-first search). */
    record BoundedSearch(int preemptions) implements Searched {}

    /** Schedules directed by the first one's conflicts and lock nesting (see {@link Directed}). */
    record DirectedSchedules() implements Searched {}

    /** Probabilistic concurrency testing: random priorities, a few change points. */
    record Pct() implements Searched {}

    /** A random thread at each decision. */
    record RandomWalks() implements Searched {}

    /** The schedule that raced, replayed with its race's second access first. */
    record RaceReversed() implements Searched {}

    /** One schedule replayed from its choices. */
    record Replay() implements Searched {}

    /** One run on real threads; {@code detectorGaveUpAbove}: the race detector's thread limit, when it was passed. */
    record OneFreeRun(int detectorGaveUpAbove) implements Searched {}
}
