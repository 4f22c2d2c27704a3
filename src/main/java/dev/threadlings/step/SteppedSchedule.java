package dev.threadlings.step;

import dev.threadlings.sandbox.StepSession;
import dev.threadlings.sandbox.StepSession.StepException;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.StepView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A schedule the learner builds step by step: where it is (the explorer's {@link StepView}), the steps taken (to
 * undo them: each undo asks the explorer again for the shorter schedule, which it replays from a fresh start), and
 * the failing schedule the sandbox found, if any, to play one step at a time. Its choices are a {@code --replay}
 * token: the same schedule, replayed by the explorer, reaches the same end.
 */
public final class SteppedSchedule {
    private final StepSession session;
    private final List<Integer> failing;
    private final Deque<List<Integer>> taken = new ArrayDeque<>();
    private StepView view;

    /** {@code failing}: the choices of a failing schedule to auto-play, empty when none is known. */
    public SteppedSchedule(StepSession session, List<Integer> start, List<Integer> failing) throws StepException {
        this.session = session;
        this.failing = List.copyOf(failing);
        this.view = session.at(start);
    }

    public StepView view() {
        return view;
    }

    StepSession session() {
        return session;
    }

    boolean canAutoPlay() {
        return !failing.isEmpty();
    }

    /** The schedule so far as {@code --replay} takes it ({@code 0.1.1}); empty before the first decision. */
    public String token() {
        return ExplorerCodec.choices(view.choices());
    }

    /** Runs thread {@code thread}'s next step; otherwise why it cannot run. */
    Optional<String> step(int thread) throws StepException {
        if (view.over()) {
            return Optional.of("the program has ended: u undoes a step, r starts again");
        }
        Optional<StepView.Option> option = view.options().stream()
                .filter(o -> o.thread() == thread && !o.liberty()).findFirst();
        if (option.isEmpty()) {
            return Optional.of(whyNot(thread));
        }
        go(option.get().choices());
        return Optional.empty();
    }

    private String whyNot(int thread) {
        if (thread >= view.threads().size()) {
            return "there is no thread " + thread;
        }
        String who = view.threads().get(thread);
        return view.states().stream().filter(s -> s.thread() == thread).findFirst()
                .map(s -> switch (s.status()) {
                    case FINISHED -> who + " has finished";
                    case BLOCKED -> who + " cannot run: it " + s.waits();
                    case RUNS -> who + " cannot take a step here";
                })
                .orElse(who + " has not started yet");
    }

    /** One step along the failing schedule; otherwise why not. */
    Optional<String> autoStep() throws StepException {
        if (failing.isEmpty()) {
            return Optional.of("no failing schedule is known for this program");
        }
        if (view.over()) {
            return Optional.of("the program has ended: u undoes a step, r starts again");
        }
        List<Integer> now = view.choices();
        if (now.size() > failing.size() || !failing.subList(0, now.size()).equals(now)) {
            return Optional.of("this schedule has left the failing one: u undoes, r starts again");
        }
        if (now.size() == failing.size()) {
            return Optional.of("the failing schedule has no more steps");
        }
        int next = failing.get(now.size());
        List<Integer> stepped = view.options().stream().filter(o -> o.choice() == next).findFirst()
                .map(StepView.Option::choices).orElse(List.of(next));
        int same = 0; // the step's own choices, as far as the failing schedule makes them too
        while (same < stepped.size() && now.size() + same < failing.size()
                && stepped.get(same).equals(failing.get(now.size() + same))) {
            same++;
        }
        go(failing.subList(now.size(), now.size() + Math.max(1, same)));
        return Optional.empty();
    }

    /** Takes the last step back; false when there is none. */
    boolean undo() throws StepException {
        if (taken.isEmpty()) {
            return false;
        }
        view = session.at(taken.pop());
        return true;
    }

    /** Back to the start; undo then comes back here. */
    void restart() throws StepException {
        taken.push(view.choices());
        view = session.at(List.of());
    }

    private void go(List<Integer> more) throws StepException {
        List<Integer> next = new ArrayList<>(view.choices());
        next.addAll(more);
        taken.push(view.choices());
        view = session.at(next);
    }
}
