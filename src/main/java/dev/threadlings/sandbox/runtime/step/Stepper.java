package dev.threadlings.sandbox.runtime.step;

import dev.threadlings.sandbox.runtime.ExploreSettings;
import dev.threadlings.sandbox.runtime.explore.Explorer;
import dev.threadlings.sandbox.runtime.schedule.Liberties;
import dev.threadlings.sandbox.runtime.race.Race;
import dev.threadlings.sandbox.runtime.race.RaceReport;
import dev.threadlings.sandbox.runtime.RacingAccesses;
import dev.threadlings.sandbox.runtime.schedule.Scheduler;
import dev.threadlings.sandbox.runtime.schedule.StableNames;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.sandbox.runtime.explore.Strategy;
import dev.threadlings.sandbox.runtime.schedule.ManagedThread;
import dev.threadlings.sandbox.runtime.TraceEvent;
import dev.threadlings.sandbox.runtime.Phrase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Answers the host of a stepped schedule: the state after a list of choices, and what each choice on offer there
 * would do. Every answer comes from real runs of the explorer (one to reach the decision, one per choice on
 * offer), each replaying the choices from a fresh start: undoing a step is asking again with fewer choices.
 */
final class Stepper {
    /** Steps of one option kept for the view: a step that runs the program to its end can be thousands long. */
    private static final int HEAD = 60;
    private static final int TAIL = 20;
    /** History kept: the view shows its end and the shared state it touched. */
    private static final int HISTORY = 2_000;

    private final Explorer explorer;
    /** Objects' names by what holds them, learned for the answer being made ({@link StableNames}). */
    private Map<String, String> names = Map.of();

    Stepper(Map<String, byte[]> classes, List<String[]> plan, ExploreSettings settings) {
        explorer = new Explorer(classes, plan, settings);
    }

    StepView at(List<Integer> asked) {
        // a first run learns what holds each object; every run of this answer then names them so from the start
        StableNames.restart();
        explorer.runOnce(new Strategy.Stepped(new StepProbe(asked, -1)), true);
        names = StableNames.names();
        StepProbe state = new StepProbe(asked, -1);
        Scheduler s = run(state);
        List<String> labels = labels(s);
        List<Race> races = races(s);
        List<TraceEvent> history = s.trace.subList(0, state.halted() ? state.traceAtHalt() : s.trace.size());
        history = history.subList(Math.max(0, history.size() - HISTORY), history.size());
        if (!state.halted()) {
            return new StepView(state.taken(), state.diverged(), labels, history, List.of(), List.of(), s.failure(),
                    words(races, labels));
        }
        Set<String> known = new HashSet<>();
        races.forEach(r -> known.add(r.key()));
        List<Integer> at = state.taken();
        List<StepView.Option> options = new ArrayList<>();
        for (int choice : state.options()) {
            StepProbe p = new StepProbe(at, choice);
            Scheduler r = run(p);
            if (p.stepFrom() < 0) {
                continue; // not offered when replayed: the program does not replay the same way (diverged says so)
            }
            List<String> more = labels(r);
            if (more.size() > labels.size()) {
                labels = more; // a thread started in this step
            }
            List<TraceEvent> events = r.trace.subList(p.stepFrom(), p.halted() ? p.traceAtHalt() : r.trace.size());
            List<Race> made = races(r).stream().filter(x -> !known.contains(x.key())).toList();
            options.add(new StepView.Option(choice, Liberties.is(choice) ? Liberties.thread(choice) : choice,
                    p.taken().subList(at.size(), p.taken().size()), capped(events),
                    p.halted() ? null : r.failure(), !p.halted() && r.failure() == null, words(made, more)));
        }
        return new StepView(at, state.diverged(), labels, history, state.states(), options, null,
                words(races, labels));
    }

    private Scheduler run(StepProbe probe) {
        StableNames.restart(names, true);
        return explorer.runOnce(new Strategy.Stepped(probe), true);
    }

    private static List<String> labels(Scheduler s) {
        return s.slots().stream().map(ManagedThread::label).toList();
    }

    private static List<Race> races(Scheduler s) {
        return s.detector == null ? List.of() : s.detector.races();
    }

    private static List<RacingAccesses> words(List<Race> races, List<String> labels) {
        IntFunction<String> label = id -> id < labels.size() ? labels.get(id) : "T" + id;
        return races.stream().map(r -> RaceReport.accesses(r, label)).toList();
    }

    private static List<TraceEvent> capped(List<TraceEvent> events) {
        if (events.size() <= HEAD + TAIL + 1) {
            return events;
        }
        List<TraceEvent> out = new ArrayList<>(events.subList(0, HEAD));
        out.add(new TraceEvent(-1, Phrase.MORE_STEPS.with(events.size() - HEAD - TAIL), ""));
        out.addAll(events.subList(events.size() - TAIL, events.size()));
        return out;
    }
}
