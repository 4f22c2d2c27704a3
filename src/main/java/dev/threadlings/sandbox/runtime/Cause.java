package dev.threadlings.sandbox.runtime;

import java.util.List;

/** Why a schedule made the program throw, when the schedule tells: the report adds it under the frames. */
public sealed interface Cause {
    /** The schedule says nothing more. */
    record Unknown() implements Cause {}

    /** The schedule raced: most likely the cause ({@code others} raced too, {@code more} not listed). */
    record Race(RacingAccesses race, List<RacingAccesses> others, int more) implements Cause {
        public Race {
            others = List.copyOf(others);
        }
    }

    /** No race, but a thread switch in the middle of an operation: an atomicity violation. */
    record Interleaving() implements Cause {}

    /** No race: {@code thread} took a liberty the JLS allows (a spurious wake-up, a late timeout, a yield). */
    record Liberty(Kind kind, String thread) implements Cause {
        public enum Kind { SPURIOUS_WAKEUP, LATE_TIMEOUT, YIELD_IGNORED }
    }
}
