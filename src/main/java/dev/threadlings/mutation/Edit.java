package dev.threadlings.mutation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replace the source characters {@code [start, end)} by {@code text} (an insertion when start == end). */
public record Edit(int start, int end, String text) {

    public static Edit insert(int at, String text) {
        return new Edit(at, at, text);
    }

    public static Edit delete(int start, int end) {
        return new Edit(start, end, "");
    }

    /** Applies non-overlapping edits to {@code source}, from the last to the first so offsets stay valid. */
    static String apply(String source, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
        StringBuilder out = new StringBuilder(source);
        int limit = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end() > limit) {
                throw new IllegalArgumentException("overlapping edits at " + e.start());
            }
            out.replace(e.start(), e.end(), e.text());
            limit = e.start();
        }
        return out.toString();
    }
}
