package dev.threadlings.step;

import dev.threadlings.report.PhraseText;
import dev.threadlings.sandbox.SandboxOutcome;
import dev.threadlings.sandbox.StepSession;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.sandbox.runtime.TraceEvent;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * One thread at a decision, as the step view shows it: its key and name, whether it can run, the source line it
 * is at (for a thread that can run: the line of its next step) and what that step does — read from the explorer's
 * run of that very step — or what it waits for, and the locks it holds.
 */
record ThreadCard(int thread, String label, Status status, String code, String location, List<String> actions,
                  List<String> notes, String state) {
    enum Status { CAN_RUN, BLOCKED, FINISHED }

    /** Leads the action that ends the program in a failure, which the view colours. */
    static final String FAILS = "→ ✘ ";

    /** {@code text}: the language of the cards' words (a step's own text is the sandbox's data). */
    static List<ThreadCard> of(StepView view, StepSession session, Messages text) {
        List<ThreadCard> cards = new ArrayList<>();
        for (StepView.ThreadState s : view.states()) {
            int t = s.thread();
            String label = t < view.threads().size() ? view.threads().get(t) : "T" + t;
            List<String> notes = new ArrayList<>();
            if (!s.holds().isEmpty()) {
                notes.add(text.get("step.card.holds", String.join(", ", s.holds())));
            }
            StepView.Option next = view.options().stream().filter(o -> o.thread() == t && !o.liberty())
                    .findFirst().orElse(null);
            if (next == null) {
                TraceEvent last = lastOf(view.history(), t);
                String where = last == null ? "" : last.location();
                Status status = s.status() == StepView.Status.FINISHED ? Status.FINISHED : Status.BLOCKED;
                List<String> actions = new ArrayList<>(List.of(status == Status.FINISHED
                        ? text.get("step.card.finished") : PhraseText.say(s.waits(), text)));
                SteppedSchedule.libertyOf(view, t).ifPresent(liberty -> {
                    actions.add(text.get("step.card.liberty", StepKeys.WAKE + t));
                    liberty.events().forEach(e -> actions.add("  " + (e.thread() == t || e.thread() < 0 ? ""
                            : label(view, e.thread()) + ": ") + PhraseText.say(e.what(), text)));
                });
                cards.add(new ThreadCard(t, label, status, session.lineAt(where), PhraseText.say(where, text), actions, notes,
                        state(status, text)));
                continue;
            }
            TraceEvent first = next.events().stream().filter(e -> e.thread() == t && !e.location().isEmpty())
                    .findFirst().orElse(next.events().isEmpty() ? null : next.events().getFirst());
            String where = first == null ? "" : first.location();
            List<String> actions = new ArrayList<>();
            for (TraceEvent e : next.events()) {
                String what = PhraseText.say(e.what(), session.lineAt(e.location()), text);
                actions.add(e.thread() == t || e.thread() < 0 ? what : label(view, e.thread()) + ": " + what);
            }
            if (next.ends() != null) {
                actions.add(FAILS + text.get("step.card.fails",
                        text.get("sandbox.title." + SandboxOutcome.of(next.ends().kind()).id())));
            } else if (next.finishes()) {
                actions.add("→ " + text.get("step.card.ends"));
            }
            // the race in full is said once taken (StepOutcome); here only that this step makes one
            next.races().forEach(r -> actions.add("⚠ " + text.get("finding.race.short", PhraseText.say(r.variable(), text))));
            cards.add(new ThreadCard(t, label, Status.CAN_RUN, session.lineAt(where), PhraseText.say(where, text),
                    actions, notes,
                    state(Status.CAN_RUN, text)));
        }
        return cards;
    }

    static String label(StepView view, int thread) {
        return thread >= 0 && thread < view.threads().size() ? view.threads().get(thread) : "T" + thread;
    }

    private static TraceEvent lastOf(List<TraceEvent> history, int thread) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).thread() == thread && !history.get(i).location().isEmpty()) {
                return history.get(i);
            }
        }
        return null;
    }

    /** The heading: key and name, and whether it can run ("1  T1  can run"). */
    String heading() {
        return thread + "  " + label + "  " + state;
    }

    private static String state(Status status, Messages text) {
        return text.get("step.card." + switch (status) {
            case CAN_RUN -> "can-run";
            case BLOCKED -> "blocked";
            case FINISHED -> "finished";
        });
    }
}
