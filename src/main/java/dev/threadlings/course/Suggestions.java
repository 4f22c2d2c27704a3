package dev.threadlings.course;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for ids: the known id closest to a misspelt one, if it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"} or an empty string. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(id -> " (did you mean '" + id + "'?)").orElse("");
    }

    public static Optional<String> closest(String wrong, Collection<String> known) {
        // a third of the length, at least 1 and at most 3 edits: catches typos without suggesting unrelated ids
        int limit = Math.max(1, Math.min(3, wrong.length() / 3));
        return known.stream()
                .filter(id -> distance(wrong, id) <= limit)
                .min(Comparator.comparingInt((String id) -> distance(wrong, id)).thenComparing(id -> id));
    }

    // Levenshtein distance, two rows
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
