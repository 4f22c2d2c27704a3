package dev.threadlings.mutation;

import java.util.List;

/** One kind of concurrency mistake, applied wherever it fits in a file: each place is one mutant. */
public interface MutationOperator {
    /** A short stable id, e.g. {@code sync-method}, used in mutant ids and reports. */
    String id();

    /** What the operator does, for the docs and {@code --help}. */
    String summary();

    List<Mutant> mutate(SourceTree source);
}
