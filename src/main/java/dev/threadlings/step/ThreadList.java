package dev.threadlings.step;

import dev.threadlings.markdown.TextWrap;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The threads one under another, for a terminal too narrow for columns: each thread's heading, then its source
 * line and where, then what its next step does, indented; long texts wrap at word boundaries.
 */
final class ThreadList {
    private static final String INDENT = "    ";

    private ThreadList() {}

    static List<AttributedString> render(List<ThreadCard> cards, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (ThreadCard card : cards) {
            out.add(new AttributedString(card.heading(), StepStyles.heading(card)));
            String where = card.location().isEmpty() ? "" : "  (" + card.location() + ")";
            wrap(out, INDENT + card.code() + where, width, StepStyles.CODE);
            for (String action : card.actions()) {
                wrap(out, INDENT + "  " + action, width, StepStyles.action(action));
            }
            for (String note : card.notes()) {
                wrap(out, INDENT + note, width, AttributedStyle.DEFAULT.faint());
            }
        }
        return out;
    }

    private static void wrap(List<AttributedString> out, String text, int width, AttributedStyle style) {
        if (text.isBlank()) {
            return;
        }
        TextWrap.lines(text, width).forEach(l -> out.add(new AttributedString(l, style)));
    }
}
