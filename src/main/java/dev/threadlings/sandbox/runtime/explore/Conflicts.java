package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared accesses of one schedule (fields, volatile ones too, array elements, calls on collections and
 * atomics), each with the number of decisions made before it, and the schedules they suggest: conflict-directed
 * flips. Two accesses conflict when two threads touch the same place and one of them writes — ordered by a lock
 * or a volatile or not, so this reaches the atomicity violations the race detector does not see. Each access of
 * the first schedule that conflicts with other threads gives schedules with one change each: every such thread
 * that can run then runs right after it (a reader slips in between a writer's two steps, a writer between a
 * reader's read and its write), and the accessing thread is held back until nothing else can run (the others'
 * writes land first). This
 * is PCT's priority change (Burckhardt et al., ASPLOS 2010) placed at a conflict instead of a random step, as
 * race-directed testing (Sen, PLDI 2008) places it at a race: a bug that needs one well-placed switch among
 * hundreds of threads is found in a handful of schedules, where a random change point needs tens of thousands.
 */
public final class Conflicts {
    /** Past this many accesses the first schedule stops recording: a long schedule's flips would not fit anyway. */
    private static final int MAX_ACCESSES = 50_000;

    private record Place(Object owner, String key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Place p && p.owner == owner && p.key.equals(key); // learner objects by identity
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + key.hashCode();
        }
    }

    private record Access(int decision, int thread, Place place, boolean write) {}

    private final List<Access> accesses = new ArrayList<>();

    /** Records an access made now, after {@code decision} decisions, by thread {@code thread}. */
    public void add(int decision, int thread, Object owner, String key, boolean write) {
        if (accesses.size() < MAX_ACCESSES) {
            accesses.add(new Access(decision, thread, new Place(owner, key), write));
        }
    }

    /**
     * The flips of a finished schedule, earliest access first: for each access, first the threads that would see
     * (or overwrite what was read) by running right after it, then the accessing thread held back.
     */
    List<Strategy> flips(List<Decision> decisions, int cap) {
        List<Integer> chosen = decisions.stream().map(Decision::chosen).toList(); // prefixes are views
        Map<Place, Map<Integer, int[]>> byPlace = new HashMap<>(); // thread → {reads, writes}
        for (Access a : accesses) {
            int[] rw = byPlace.computeIfAbsent(a.place(), k -> new HashMap<>()).computeIfAbsent(a.thread(),
                    k -> new int[2]);
            rw[a.write() ? 1 : 0]++;
        }
        Set<List<Integer>> seen = new HashSet<>(); // {kind, decision, thread}: one schedule each
        List<Strategy> out = new ArrayList<>();
        for (Access a : accesses) {
            Map<Integer, int[]> others = byPlace.get(a.place());
            if (out.size() >= cap) {
                break;
            }
            if (others.size() < 2) {
                continue;
            }
            int d = a.decision();
            boolean heldBack = false;
            for (Map.Entry<Integer, int[]> e : others.entrySet()) {
                int t = e.getKey();
                if (t == a.thread()) {
                    continue;
                }
                int[] rw = e.getValue();
                heldBack |= (a.write() || rw[1] > 0) && d > 0 && canRun(decisions.get(d - 1), t);
                boolean seesIt = a.write() ? rw[0] > 0 : rw[1] > 0;
                if (seesIt && d < decisions.size() && canRun(decisions.get(d), t) && seen.add(List.of(0, d, t))) {
                    out.add(new Strategy.Guided(chosen.subList(0, d), new Strategy.Prefer(t)));
                }
            }
            if (heldBack && seen.add(List.of(1, d - 1, a.thread()))) {
                out.add(new Strategy.Guided(chosen.subList(0, d - 1), new Strategy.Delay(a.thread())));
            }
        }
        return out;
    }

    private static boolean canRun(Decision d, int thread) {
        for (int id : d.runnable()) {
            if (id == thread) {
                return true;
            }
        }
        return false;
    }
}
