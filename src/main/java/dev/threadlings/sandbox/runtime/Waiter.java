package dev.threadlings.sandbox.runtime;

import java.util.List;

/**
 * A thread in the wait-for graph of a schedule no thread can go on with: what it holds, what it waits for, the
 * wake-up it missed (null when none) or whether nothing was ever sent where it waits, and where it waits.
 */
public record Waiter(String thread, List<String> holds, Awaited awaits, Missed missed, boolean neverSignalled,
                     List<Frame> frames) {
    public Waiter {
        holds = List.copyOf(holds);
        frames = List.copyOf(frames);
    }

    /** A thread that finished while holding {@code locks}: an unlock was skipped. */
    public record Leak(String thread, List<String> locks) {
        public Leak {
            locks = List.copyOf(locks);
        }
    }
}
