package dev.threadlings.step;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
import dev.threadlings.sandbox.runtime.StepView;
import dev.threadlings.sandbox.runtime.TraceEvent;
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

    static List<AttributedString> lines(String title, SteppedSchedule schedule, String message, int width) {
        StepView view = schedule.view();
        List<AttributedString> out = new ArrayList<>();
        String token = schedule.token();
        out.add(new AttributedString(title + "  ·  schedule " + (token.isEmpty() ? "(start)" : token),
                AttributedStyle.DEFAULT.bold()));
        out.add(AttributedString.EMPTY);
        List<ThreadCard> cards = ThreadCard.of(view, schedule.session());
        List<AttributedString> threads = ThreadColumns.render(cards, width);
        out.addAll(threads != null ? threads : ThreadList.render(cards, width));
        SharedState shared = SharedState.of(view.history());
        if (!shared.variables().isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString("shared state", AttributedStyle.DEFAULT.bold()));
            for (SharedState.Variable v : shared.variables()) {
                add(out, "  " + v.name() + " = " + v.value() + "   (" + ThreadCard.label(view, v.thread())
                        + (v.written() ? " wrote it" : " read it") + " at " + v.location() + ")", width,
                        AttributedStyle.DEFAULT);
            }
        }
        List<TraceEvent> history = view.history();
        if (!history.isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString("last steps", AttributedStyle.DEFAULT.bold()));
            for (TraceEvent e : history.subList(Math.max(0, history.size() - RECENT), history.size())) {
                String code = schedule.session().lineAt(e.location());
                add(out, "  " + ThreadCard.label(view, e.thread()) + "  " + (code.isEmpty() ? "" : code + "  ")
                        + e.what(), width, AttributedStyle.DEFAULT);
            }
        }
        List<String> outcome = StepOutcome.lines(view);
        if (!outcome.isEmpty()) {
            out.add(AttributedString.EMPTY);
            outcome.forEach(l -> add(out, l, width, StepStyles.outcome(l)));
        }
        out.add(AttributedString.EMPTY);
        if (!message.isEmpty()) {
            add(out, message, width, StepStyles.WARNING);
        }
        add(out, keys(schedule), width, AttributedStyle.DEFAULT.faint());
        return out;
    }

    private static String keys(SteppedSchedule schedule) {
        StepView view = schedule.view();
        List<String> keys = new ArrayList<>();
        if (!view.over()) {
            int last = view.threads().size() - 1;
            keys.add((last <= 0 ? "0" : "0–" + Math.min(last, 9)) + " run that thread's step");
        }
        if (schedule.canAutoPlay()) {
            keys.add("a a step of the failing schedule");
        }
        keys.addAll(List.of("u undo", "r restart", "q leave"));
        return String.join(" · ", keys);
    }

    /** A line as it is when it fits (its spacing kept), else wrapped at word boundaries. */
    private static void add(List<AttributedString> out, String text, int width, AttributedStyle style) {
        List<String> lines = Columns.width(text) <= width ? List.of(text) : TextWrap.lines(text, width);
        lines.forEach(l -> out.add(new AttributedString(l, style)));
    }
}
