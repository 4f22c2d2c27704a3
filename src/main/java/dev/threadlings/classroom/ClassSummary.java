package dev.threadlings.classroom;

import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import dev.threadlings.grade.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table a teacher reads first: one row per student — how many exercises passed, failed, could not be checked
 * or were not handed in — and which did not pass, with the first reason.
 */
public final class ClassSummary {
    private ClassSummary() {}

    public static List<String> of(List<Grade> grades, Messages text) {
        Map<String, List<Grade>> byStudent = new LinkedHashMap<>();
        grades.forEach(g -> byStudent.computeIfAbsent(g.submission().name(), k -> new ArrayList<>()).add(g));
        List<String[]> rows = new ArrayList<>();
        rows.add(text.get("class.columns").split("\\|"));
        int[] totals = new int[4];
        byStudent.forEach((student, own) -> {
            int[] counts = new int[4];
            List<String> notPassed = new ArrayList<>();
            for (Grade g : own) {
                int column = column(g);
                counts[column]++;
                totals[column]++;
                if (column != 0) {
                    notPassed.add(g.exercise().id() + " (" + reason(g, text) + ")");
                }
            }
            rows.add(new String[] {student, "" + counts[0], "" + counts[1], "" + counts[2], "" + counts[3],
                    String.join(", ", notPassed)});
        });
        List<String> out = table(rows);
        out.add(text.get("class.totals", byStudent.size(), grades.size(), totals[0], totals[1], totals[2],
                totals[3]));
        return out;
    }

    /** 0 passed, 1 failed, 2 could not be checked, 3 missing. */
    private static int column(Grade g) {
        return switch (g) {
            case Grade.Missing m -> 3;
            case Grade.Graded d -> switch (d.verdict().status()) {
                case PASSED -> 0;
                case FAILED, COMPILE_ERROR -> 1;
                case CANNOT_RUN -> 2;
            };
        };
    }

    private static String reason(Grade g, Messages text) {
        if (g instanceof Grade.Graded d && d.verdict().status() == Verdict.Status.COMPILE_ERROR) {
            return text.get("class.reason.compile-error");
        }
        return CheckOutcome.of(g, text).stream().filter(o -> o.state() != CheckOutcome.State.PASSED)
                .findFirst().map(CheckOutcome::kind).orElse(text.get("class.reason.failed"));
    }

    private static List<String> table(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Columns.width(row[i])); // a Chinese heading is two columns a character
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean last = i == row.length - 1;
                line.append(last ? row[i] : Columns.fill(row[i], widths[i]) + "  ");
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }
}
