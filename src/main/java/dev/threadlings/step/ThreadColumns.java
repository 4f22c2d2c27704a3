package dev.threadlings.step;

import dev.threadlings.markdown.Columns;
import dev.threadlings.markdown.TextWrap;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The threads side by side, one column each (as in The Deadlock Empire): heading, source line, what the next step
 * does, locks held. Texts wrap at word boundaries inside their column. Null when the columns would be too narrow:
 * the caller shows a {@link ThreadList} instead.
 */
final class ThreadColumns {
    static final int MIN_COLUMN = 24;
    /** Not │: JLine's Display draws that from the terminal's line-drawing set, which tmux may show as "x" or "|". */
    static final String GAP = " ┆ ";

    private ThreadColumns() {}

    static List<AttributedString> render(List<ThreadCard> cards, int width) {
        int n = cards.size();
        if (n == 0) {
            return List.of();
        }
        int column = (width - GAP.length() * (n - 1)) / n;
        if (column < MIN_COLUMN) {
            return null;
        }
        List<List<AttributedString>> cells = cards.stream().map(c -> cell(c, column)).toList();
        int rows = cells.stream().mapToInt(List::size).max().orElse(0);
        List<AttributedString> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            for (int c = 0; c < n; c++) {
                List<AttributedString> cell = cells.get(c);
                AttributedString text = r < cell.size() ? cell.get(r) : AttributedString.EMPTY;
                line.append(text);
                if (c < n - 1) {
                    line.append(" ".repeat(Math.max(0, column - Columns.width(text.toString()))));
                    line.append(GAP, AttributedStyle.DEFAULT.faint());
                }
            }
            out.add(line.toAttributedString());
        }
        return out;
    }

    private static List<AttributedString> cell(ThreadCard card, int width) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(Columns.prefix(card.heading(), width), StepStyles.heading(card)));
        out.add(new AttributedString(Columns.prefix(card.location(), width), AttributedStyle.DEFAULT.faint()));
        wrap(out, card.code(), width, StepStyles.CODE);
        for (String action : card.actions()) {
            wrap(out, "  " + action, width, StepStyles.action(action));
        }
        for (String note : card.notes()) {
            wrap(out, note, width, AttributedStyle.DEFAULT.faint());
        }
        return out;
    }

    private static void wrap(List<AttributedString> out, String text, int width, AttributedStyle style) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : TextWrap.lines(text, width)) {
            out.add(new AttributedString(Columns.prefix(line, width), style));
        }
    }
}
