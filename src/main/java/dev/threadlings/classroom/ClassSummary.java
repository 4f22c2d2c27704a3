package dev.threadlings.classroom;

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

    public static List<String> of(List<Grade> grades) {
        Map<String, List<Grade>> byStudent = new LinkedHashMap<>();
        grades.forEach(g -> byStudent.computeIfAbsent(g.submission().name(), k -> new ArrayList<>()).add(g));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"student", "passed", "failed", "not checked", "missing", "not passed"});
        int[] totals = new int[4];
        byStudent.forEach((student, own) -> {
            int[] counts = new int[4];
            List<String> notPassed = new ArrayList<>();
            for (Grade g : own) {
                int column = column(g);
                counts[column]++;
                totals[column]++;
                if (column != 0) {
                    notPassed.add(g.exercise().id() + " (" + reason(g) + ")");
                }
            }
            rows.add(new String[] {student, "" + counts[0], "" + counts[1], "" + counts[2], "" + counts[3],
                    String.join(", ", notPassed)});
        });
        List<String> out = table(rows);
        out.add(byStudent.size() + " submission" + (byStudent.size() == 1 ? "" : "s") + ", " + grades.size()
                + " grade" + (grades.size() == 1 ? "" : "s") + ": " + totals[0] + " passed, " + totals[1]
                + " failed, " + totals[2] + " could not be checked, " + totals[3] + " missing");
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

    private static String reason(Grade g) {
        if (g instanceof Grade.Graded d && d.verdict().status() == Verdict.Status.COMPILE_ERROR) {
            return "does not compile";
        }
        return CheckOutcome.of(g).stream().filter(o -> o.state() != CheckOutcome.State.PASSED)
                .findFirst().map(CheckOutcome::kind).orElse("failed");
    }

    private static List<String> table(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean last = i == row.length - 1;
                line.append(last ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }
}
