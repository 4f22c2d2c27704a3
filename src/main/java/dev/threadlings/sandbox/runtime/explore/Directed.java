package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Schedules directed by what the first schedule did, which the default search runs in turns with the bounded
 * search: one where lock holders go last, when some thread took a lock while holding another (a lock cycle of any
 * length closes in it, where bounded search needs one preemption per philosopher), then the conflict-directed
 * flips of {@link Conflicts}. Deterministic, like the first schedule: no seed, and a failure replays from its list
 * of choices like any other.
 */
public final class Directed {

    private final Deque<Strategy> queue = new ArrayDeque<>();
    private final int cap;
    private int tried;

    /** {@code cap}: at most this many directed schedules. */
    Directed(int cap) {
        this.cap = cap;
    }

    /** Plans the directed schedules from the first schedule (run with its conflicts recorded). */
    void learn(Scheduler first) {
        if (first.locks().nested) {
            queue.add(new Strategy.HoldersLast());
        }
        if (first.conflicts != null) {
            queue.addAll(first.conflicts.flips(first.decisions, cap - queue.size()));
        }
    }

    boolean hasNext() {
        return !queue.isEmpty();
    }

    Strategy next() {
        tried++;
        return queue.poll();
    }

    int tried() {
        return tried;
    }
}
