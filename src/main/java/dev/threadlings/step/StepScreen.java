package dev.threadlings.step;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
import dev.threadlings.report.PhraseText;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.sandbox.runtime.TraceEvent;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The step view as lines of a given width: the threads (columns, or a list on a narrow terminal), the shared state
 * touched so far, the last steps taken, what the schedule has reached, a message, and the keys.
 */
final class StepScreen {
    /** Steps of the history shown: the most recent ones. */
    private static final int RECENT = 6;

    private StepScreen() {}

    static List<AttributedString> lines(String title, SteppedSchedule schedule, String message, int width,
                                        Messages text) {
        StepView view = schedule.view();
        List<AttributedString> out = new ArrayList<>();
        String token = schedule.token();
        // wrapped like every other line: a title wider than the screen garbles the full-screen view's first row
        add(out, title + "  ·  " + text.get("step.view.schedule",
                token.isEmpty() ? text.get("step.view.schedule.start") : token), width, AttributedStyle.DEFAULT.bold());
        out.add(AttributedString.EMPTY);
        List<ThreadCard> cards = ThreadCard.of(view, schedule.session(), text);
        List<AttributedString> threads = ThreadColumns.render(cards, width);
        out.addAll(threads != null ? threads : ThreadList.render(cards, width));
        SharedState shared = SharedState.of(view.history());
        if (!shared.variables().isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString(text.get("step.view.shared"), AttributedStyle.DEFAULT.bold()));
            for (SharedState.Variable v : shared.variables()) {
                add(out, "  " + v.name() + " = " + v.value() + "   " + text.get(v.written() ? "step.view.shared.wrote"
                        : "step.view.shared.read", ThreadCard.label(view, v.thread()), v.location()), width,
                        AttributedStyle.DEFAULT);
            }
        }
        List<TraceEvent> history = view.history();
        if (!history.isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString(text.get("step.view.last"), AttributedStyle.DEFAULT.bold()));
            for (TraceEvent e : history.subList(Math.max(0, history.size() - RECENT), history.size())) {
                String code = schedule.session().lineAt(e.location());
                add(out, "  " + ThreadCard.label(view, e.thread()) + "  " + (code.isEmpty() ? "" : code + "  ")
                        + PhraseText.say(e.what(), code, text), width, AttributedStyle.DEFAULT);
            }
        }
        List<String> outcome = StepOutcome.lines(view, text);
        if (!outcome.isEmpty()) {
            out.add(AttributedString.EMPTY);
            outcome.forEach(l -> add(out, l, width, StepStyles.outcome(l)));
        }
        out.add(AttributedString.EMPTY);
        if (!message.isEmpty()) {
            add(out, message, width, StepStyles.WARNING);
        }
        add(out, keys(schedule, text), width, AttributedStyle.DEFAULT.faint());
        return out;
    }

    private static String keys(SteppedSchedule schedule, Messages text) {
        StepView view = schedule.view();
        List<String> keys = new ArrayList<>();
        if (!view.over()) {
            int last = view.threads().size() - 1;
            keys.add((last <= 0 ? "0" : "0–" + Math.min(last, 9)) + " " + text.get("step.view.key.run"));
        }
        if (schedule.hasLiberties()) {
            List<Integer> waking = view.options().stream().filter(StepView.Option::liberty)
                    .map(StepView.Option::thread).distinct().toList();
            keys.add(waking.stream().map(t -> StepKeys.WAKE + t).collect(java.util.stream.Collectors.joining("/"))
                    + " " + text.get("step.view.key.wake"));
        }
        if (schedule.canAutoPlay()) {
            keys.add("a " + text.get("step.view.key.auto"));
        }
        keys.addAll(List.of("u " + text.get("step.view.key.undo"), "r " + text.get("step.view.key.restart"),
                "q " + text.get("step.view.key.leave")));
        return String.join(" · ", keys);
    }

    /** A line as it is when it fits (its spacing kept), else wrapped at word boundaries. */
    private static void add(List<AttributedString> out, String text, int width, AttributedStyle style) {
        List<String> lines = Columns.width(text) <= width ? List.of(text) : TextWrap.lines(text, width);
        lines.forEach(l -> out.add(new AttributedString(l, style)));
    }
}
