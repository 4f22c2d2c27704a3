package dev.threadlings.report;

import dev.threadlings.markdown.TextWrap;
import java.util.ArrayList;
import java.util.List;

/** A line of a report with the look it should have; the console maps looks to colours, plain output ignores them. */
public record Styled(String text, Look look) {
    /** The looks a report uses. */
    public enum Look { PLAIN, TITLE, GOOD, BAD, INFO, DIM, ADDED, REMOVED, CODE }

    public static Styled plain(String text) {
        return new Styled(text, Look.PLAIN);
    }

    /**
     * Report lines as they are shown {@code width} columns wide, in the console and on a command line alike: prose
     * wrapped at words, keeping its indent; code, diffs and compiler output keep their columns (re-flowed, a line of
     * code would read as two statements).
     */
    public static List<Styled> fitted(List<Styled> lines, int width) {
        List<Styled> out = new ArrayList<>();
        for (Styled l : lines) {
            switch (l.look()) {
                case CODE, ADDED, REMOVED -> out.add(l);
                default -> TextWrap.lines(l.text(), width).forEach(t -> out.add(new Styled(t, l.look())));
            }
        }
        return out;
    }
}
