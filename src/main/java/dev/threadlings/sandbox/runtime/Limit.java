package dev.threadlings.sandbox.runtime;

/** What was not checked although the search went on: a verdict with a limit never reads as clean. */
public sealed interface Limit {
    /** The race detector gave up on {@code schedules} schedules with more than {@code threads} threads. */
    record DetectorGaveUp(int schedules, int threads) implements Limit {}
}
