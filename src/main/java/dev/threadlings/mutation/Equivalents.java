package dev.threadlings.mutation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The author-kept section of {@code mutants.md}: mutants shown equivalent to the solution, one Markdown list item
 * each, {@code - `operator@line#key`: why no learner-visible behaviour differs}. The report generator copies the
 * section as it is and reads only the ids and reasons from it.
 *
 * @param section the section's text, from its heading to the next {@code ## } heading (as written)
 * @param reasons the reason given for each listed mutant id
 */
public record Equivalents(String section, Map<String, String> reasons) {
    public static final String HEADING = "## Equivalent mutants";

    static final String FRESH = HEADING + "\n\n"
            + "Kept by the course author (the generator copies this section as it is): one list item per surviving mutant\n"
            + "that no check can tell apart from the solution, its id in backticks, a colon, and why no behaviour the exercise\n"
            + "defines differs.\n";

    public Equivalents {
        reasons = Map.copyOf(reasons);
    }

    public boolean isEquivalent(Mutant m) {
        return reasons.containsKey(m.id());
    }

    /** The section of an existing report, or a fresh one with no entries when there is none. */
    public static Equivalents read(String report) {
        List<String> lines = report.lines().toList();
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            return new Equivalents(FRESH, Map.of());
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, end)) {
            entry(line, reasons);
        }
        return new Equivalents(String.join("\n", lines.subList(start, end)).strip() + "\n", reasons);
    }

    // "- `sync-method@7#a1b2c3`: the field is only read after join"
    private static void entry(String line, Map<String, String> reasons) {
        String s = line.strip();
        if (!s.startsWith("- `")) {
            return;
        }
        int close = s.indexOf('`', 3);
        if (close < 0 || !s.startsWith(":", close + 1)) {
            return;
        }
        reasons.put(s.substring(3, close), s.substring(close + 2).strip());
    }
}
