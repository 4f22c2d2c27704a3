package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.Cause;
import dev.threadlings.sandbox.runtime.Exploration;
import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.FailureKind;
import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.Limit;
import dev.threadlings.sandbox.runtime.race.Race;
import dev.threadlings.sandbox.runtime.race.RaceDetector;
import dev.threadlings.sandbox.runtime.race.RaceReport;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.Searched;
import dev.threadlings.sandbox.runtime.TraceEvent;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * What an exploration ends with: the schedule to show (shrunk and traced when it failed, its race reversed when it
 * only raced), its finding with the race or liberty that caused it, and what was not checked.
 */
final class ExplorationResult {
    private final ExploreSettings options;
    private final Shrinking.Runs runs;
    private final ForeignThreads foreign;

    ExplorationResult(ExploreSettings options, Shrinking.Runs runs, ForeignThreads foreign) {
        this.options = options;
        this.runs = runs;
        this.foreign = foreign;
    }

    /**
     * {@code s}: the last schedule run, the failing one or the first that raced (null when none ran);
     * {@code detectorGaveUp}: schedules in which the race detector stopped following the threads.
     */
    Exploration of(int schedules, int systematic, boolean exhaustive, List<Searched> strategies, long start, Scheduler s,
                   int unmanaged, int detectorGaveUp) {
        Finding f = null;
        if (s != null && s.failure() != null) {
            boolean stuck = s.failure().kind() == FailureKind.STUCK;
            Scheduler best = options.replay() == null && !stuck ? Shrinking.shrink(s, runs) : s;
            s = stuck ? best : Shrinking.traced(best, runs);
            f = s.failure();
            if (s.detector != null) {
                Scheduler shown = s;
                Cause why = Liberties.why(best.decisions, id -> label(shown, id));
                f = RaceReport.explain(f, s.detector.races(), id -> label(shown, id), why != null ? why
                        : Shrinking.preemptions(best) > 0 ? new Cause.Interleaving() : new Cause.Unknown());
            }
        } else if (s != null && s.detector != null && s.detector.raced()) {
            List<Race> races = s.detector.races();
            s = Shrinking.traced(s, runs);
            if (s.detector != null && s.detector.raced()) {
                races = s.detector.races();
            }
            Scheduler shown = s;
            f = RaceReport.failure(races, id -> label(shown, id));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> names = new ArrayList<>();
        List<Integer> choices = List.of();
        if (s != null) {
            s.slots().forEach(slot -> names.add(slot.label()));
            choices = Shrinking.choices(s);
        }
        foreign.look();
        if (!foreign.names().isEmpty() && (f == null || f.kind() == FailureKind.DEADLOCK
                || f.kind() == FailureKind.LOST_WAKEUP)) {
            f = foreign.notModelled(); // "nobody can run" is unsure when a thread outside the schedule might
        }
        List<Limit> limits = detectorGaveUp == 0 ? List.of()
                : List.of(new Limit.DetectorGaveUp(detectorGaveUp, RaceDetector.MAX_THREADS));
        return new Exploration(schedules, systematic, exhaustive && f == null, options.bound(), strategies, seconds,
                f, f == null ? List.of() : cap(marked(s)), names, choices, unmanaged, limits);
    }

    private static String label(Scheduler s, int id) {
        return id < s.slots().size() ? s.slots().get(id).label() : "T" + id;
    }

    /** The trace, with the two accesses of the schedule's first race marked when one was found. */
    private static List<TraceEvent> marked(Scheduler s) {
        if (s.detector == null || !s.detector.raced() || !s.tracing) {
            return s.trace;
        }
        return RaceMarks.marked(s.trace, s.detector.races().getFirst());
    }

    /** A hang's trace is thousands of steps of the same loop: keep how it started and how it went on. */
    static List<TraceEvent> cap(List<TraceEvent> trace) {
        int head = 80;
        int tail = 20;
        if (trace.size() <= head + tail + 1) {
            return List.copyOf(trace);
        }
        List<TraceEvent> out = new ArrayList<>(trace.subList(0, head));
        out.add(new TraceEvent(-1, Phrase.MORE_STEPS.with(trace.size() - head - tail), ""));
        out.addAll(trace.subList(trace.size() - tail, trace.size()));
        return out;
    }
}
