package dev.threadlings.mutation;

/** One mutant and what its exercise's checks made of it, in {@code seconds}. */
public record Graded(Mutant mutant, MutantOutcome outcome, double seconds) {}
