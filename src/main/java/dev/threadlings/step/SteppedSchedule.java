package dev.threadlings.step;

import dev.threadlings.report.PhraseText;
import dev.threadlings.sandbox.StepSession;
import dev.threadlings.sandbox.StepSession.StepException;
import dev.threadlings.sandbox.runtime.ExplorerCodec;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.text.Messages;
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

    /** Runs thread {@code thread}'s next step; otherwise why it cannot run, in {@code text}'s language. */
    Optional<String> step(int thread, Messages text) throws StepException {
        if (view.over()) {
            return Optional.of(text.get("step.view.ended"));
        }
        Optional<StepView.Option> option = view.options().stream()
                .filter(o -> o.thread() == thread && !o.liberty()).findFirst();
        if (option.isEmpty()) {
            return Optional.of(whyNot(thread, text));
        }
        go(option.get().choices());
        return Optional.empty();
    }

    /**
     * Takes the liberty the JLS leaves waiting thread {@code thread} (a spurious wake-up, or its timed wait ending
     * before the others are done); otherwise why it has none.
     */
    Optional<String> wake(int thread, Messages text) throws StepException {
        if (view.over()) {
            return Optional.of(text.get("step.view.ended"));
        }
        Optional<StepView.Option> liberty = libertyOf(view, thread);
        if (liberty.isEmpty()) {
            return Optional.of(thread >= view.threads().size() ? text.get("step.view.no-thread", thread)
                    : text.get("step.view.no-liberty", view.threads().get(thread)));
        }
        go(liberty.get().choices());
        return Optional.empty();
    }

    /** The liberty on offer for {@code thread}: its wake-up without a signal, or its timed wait ending now. */
    static Optional<StepView.Option> libertyOf(StepView view, int thread) {
        return view.options().stream().filter(o -> o.thread() == thread && o.liberty()).findFirst();
    }

    boolean hasLiberties() {
        return view.options().stream().anyMatch(StepView.Option::liberty);
    }

    private String whyNot(int thread, Messages text) {
        if (thread >= view.threads().size()) {
            return text.get("step.view.no-thread", thread);
        }
        String who = view.threads().get(thread);
        return view.states().stream().filter(s -> s.thread() == thread).findFirst()
                .map(s -> switch (s.status()) {
                    case FINISHED -> text.get("step.view.finished", who);
                    case BLOCKED -> text.get("step.view.blocked", who, PhraseText.say(s.waits(), text));
                    case RUNS -> text.get("step.view.no-step-here", who);
                })
                .orElse(text.get("step.view.not-started", who));
    }

    /** One step along the failing schedule; otherwise why not. */
    Optional<String> autoStep(Messages text) throws StepException {
        if (failing.isEmpty()) {
            return Optional.of(text.get("step.view.no-failing"));
        }
        if (view.over()) {
            return Optional.of(text.get("step.view.ended"));
        }
        List<Integer> now = view.choices();
        if (now.size() > failing.size() || !failing.subList(0, now.size()).equals(now)) {
            return Optional.of(text.get("step.view.left-failing"));
        }
        if (now.size() == failing.size()) {
            return Optional.of(text.get("step.view.failing-done"));
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

    /** Whether the failing schedule has a step left from here (this schedule is on it, and not over). */
    boolean playsOn() {
        List<Integer> now = view.choices();
        return !view.over() && now.size() < failing.size() && failing.subList(0, now.size()).equals(now);
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
