package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.FailureKind;
import dev.threadlings.sandbox.runtime.race.Race;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.Decision;
import java.util.ArrayList;
import java.util.List;

/** Replays of a schedule that was found: shrunk to fewer preemptions, its race reversed, traced for people. */
final class Shrinking {
    /** Runs one schedule (see {@link Explorer#runOnce}). */
    interface Runs {
        Scheduler run(Strategy strategy, boolean tracing);
    }

    private Shrinking() {}

    /** How many threads besides the race's two may each step in between its accesses (see {@link #flip}). */
    private static final int THIRD_PARTIES = 6;

    /**
     * Race-directed scheduling: replays the schedule that raced up to just before the race's first access, then
     * lets the second thread run first. The harm may need a third thread to act in between (swap the lock the
     * second one takes, open its way): then each other thread goes first and the first racer last. If one of these
     * orders fails, that failure (caused by the race) is what the learner should see; otherwise null, and the race
     * is reported on its own.
     */
    static Scheduler flip(Scheduler s, Runs runs) {
        Race r = s.detector.races().getFirst();
        List<Integer> choices = choices(s);
        int at = Math.min(r.first().decision(), choices.size());
        List<Strategy> orders = new ArrayList<>(List.of(new Strategy.Prefer(r.second().thread())));
        for (int t = 0; t < s.slots().size() && orders.size() <= THIRD_PARTIES; t++) {
            if (t != r.first().thread() && t != r.second().thread()) {
                orders.add(new Strategy.Between(t, r.first().thread()));
            }
        }
        for (Strategy order : orders) {
            for (int back = 0; back <= 1 && at - back >= 0; back++) {
                Scheduler run = runs.run(new Strategy.Guided(choices.subList(0, at - back), order), false);
                if (run.failure() != null && run.failure().kind() != FailureKind.STUCK) {
                    return run;
                }
            }
        }
        return null;
    }

    /**
     * Shrinks a failing schedule: repeatedly replays it with one preemption taken back (the interrupted thread
     * keeps running) and keeps any replay that fails the same way with fewer preemptions.
     */
    static Scheduler shrink(Scheduler failing, Runs runs) {
        Scheduler best = failing;
        FailureKind kind = failing.failure().kind();
        int attempts = 0;
        boolean improved = true;
        while (improved && attempts < 60) {
            improved = false;
            for (int i = best.decisions.size() - 1; i >= 0 && attempts < 60; i--) {
                Decision d = best.decisions.get(i);
                if (!d.preempted()) {
                    continue;
                }
                List<Integer> prefix = new ArrayList<>(choices(best).subList(0, i));
                prefix.add(d.natural());
                Scheduler r = runs.run(new Strategy.Guided(prefix, new Strategy.NonPreemptive()), false);
                attempts++;
                if (r.failure() != null && r.failure().kind() == kind && preemptions(r) < preemptions(best)) {
                    best = r;
                    improved = true;
                    break;
                }
            }
        }
        return best;
    }

    /** The same schedule again, recording its steps for people (exploring does not: it costs). */
    static Scheduler traced(Scheduler s, Runs runs) {
        if (s.tracing) {
            return s;
        }
        Scheduler again = runs.run(new Strategy.Guided(choices(s), new Strategy.NonPreemptive()), true);
        boolean same = s.failure() == null ? again.failure() == null
                : again.failure() != null && again.failure().kind() == s.failure().kind();
        return same ? again : s;
    }

    static int preemptions(Scheduler s) {
        return (int) s.decisions.stream().filter(Decision::preempted).count();
    }

    static List<Integer> choices(Scheduler s) {
        List<Integer> choices = new ArrayList<>();
        s.decisions.forEach(d -> choices.add(d.chosen()));
        return choices;
    }
}
