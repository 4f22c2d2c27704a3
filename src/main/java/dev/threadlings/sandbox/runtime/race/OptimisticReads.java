package dev.threadlings.sandbox.runtime.race;

import dev.threadlings.sandbox.runtime.race.FastTrack.Var;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads threads make inside a StampedLock optimistic read, for the explorer's race detector. They are racy by
 * design and validate() says whether they may be used, so they wait: a validated stamp drops them; a stamp never
 * validated makes them plain reads, checked (with the clock they had) before the thread next releases anything
 * or is joined, or at the end of the schedule.
 */
final class OptimisticReads {
    /** A read inside an optimistic read, with the reader's clock then, waiting to be validated. */
    private record Unvalidated(Var v, VectorClock at, String what, String loc, int decision) {}

    private final BitSet inside = new BitSet();
    private final Map<Integer, List<Unvalidated>> unvalidated = new HashMap<>();
    private final FastTrack.Reports reports;

    OptimisticReads(FastTrack.Reports reports) {
        this.reports = reports;
    }

    /** {@code thread} starts ({@code on}) or ends an optimistic read. */
    void set(int thread, boolean on) {
        if (on) {
            check(thread); // an earlier stamp left without validate
        } else {
            unvalidated.remove(thread);
        }
        inside.set(thread, on);
    }

    /** The unvalidated optimistic reads of {@code thread} become plain reads, checked now. */
    void check(int thread) {
        List<Unvalidated> held = unvalidated.isEmpty() ? null : unvalidated.remove(thread);
        if (held != null) {
            for (Unvalidated u : held) {
                FastTrack.access(u.at(), thread, u.v(), false, false, u.what(), u.loc(), u.decision(), reports);
            }
        }
    }

    /** Whether this access would be held: a plain read inside an optimistic read. */
    boolean holds(int thread, boolean write, boolean isVolatile) {
        return !write && !isVolatile && inside.get(thread);
    }

    /** Whether this access is a read inside an optimistic read, now held until validate (or checked later). */
    boolean held(RaceDetector d, int thread, Var v, boolean write, boolean isVolatile, String what, String loc) {
        if (!holds(thread, write, isVolatile)) {
            return false;
        }
        unvalidated.computeIfAbsent(thread, k -> new ArrayList<>()).add(new Unvalidated(v,
                new VectorClock(d.clock(thread)), what, loc, d.decisions.getAsInt()));
        return true;
    }

    /** After the schedule: optimistic reads that no validate() ever covered are plain reads. */
    void checkAll() {
        while (!unvalidated.isEmpty()) {
            check(unvalidated.keySet().iterator().next());
        }
    }

    void clear() {
        unvalidated.clear();
    }
}
