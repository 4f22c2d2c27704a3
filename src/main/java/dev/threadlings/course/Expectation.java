package dev.threadlings.course;

/**
 * What a check expects, one per fenced block after (or without) its {@code java} block.
 *
 * <p>Sealed so that graders switch over every kind and the compiler finds the places a new kind must be handled.
 * To add a kind: a record here, listed in {@code permits}, and one line in {@link ExpectationKinds}.
 */
public sealed interface Expectation permits OutputExpectation, HoldsExpectation, ExploreExpectation,
        ReviewExpectation, BreaksExpectation {

    /** 1-based line in {@code checks.md} of the block's opening fence. */
    int line();
}
