package dev.threadlings.app;

import dev.threadlings.mutation.ExerciseMutants;
import dev.threadlings.mutation.Graded;
import dev.threadlings.mutation.Equivalents;
import dev.threadlings.mutation.MutantOutcome;
import dev.threadlings.mutation.Score;
import dev.threadlings.markdown.Columns;
import dev.threadlings.text.Messages;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * The plain-text summary of a mutation run: a row per exercise, the survivors not shown equivalent named, then totals
 * and timing, in the reader's language (the course's mutants.md stays English: it is the course's file). Columns are
 * display columns, so Chinese headings line up.
 */
final class MutantsTable {
    private MutantsTable() {}

    private static final String[] HEADINGS = {"exercise", "mutants", "killed", "survived", "equiv", "stillborn", "not-checked",
            "score", "seconds"};
    private static final int[] WIDTHS = {28, 7, 6, 8, 5, 9, 5, 6, 7};

    static void print(Map<ExerciseMutants, Equivalents> notes, double wallSeconds, PrintStream out, Messages text) {
        String[] head = new String[HEADINGS.length];
        int[] widths = new int[HEADINGS.length]; // a heading wider than its numbers widens its column
        for (int i = 0; i < head.length; i++) {
            head[i] = text.get("mutants.table." + HEADINGS[i]);
            widths[i] = Math.max(WIDTHS[i], Columns.width(head[i]));
        }
        out.println(row(widths, head));
        int mutants = 0, killed = 0, survived = 0, graded = 0;
        double seconds = 0;
        for (var entry : notes.entrySet()) {
            ExerciseMutants run = entry.getKey();
            Score s = Score.of(run, entry.getValue());
            out.println(row(widths, run.exercise().id(), "" + s.mutants(), "" + s.killed(), "" + s.survived(),
                    "" + s.equivalent(), "" + s.stillborn(), "" + s.couldNotCheck(), s.percentText(),
                    String.format(Locale.ROOT, "%.1f", run.seconds()))
                    + run.notGraded().map(why -> text.get("mutants.table.not-graded", why)).orElse(""));
            mutants += s.mutants();
            killed += s.killed();
            survived += s.survived();
            seconds += run.seconds();
            graded += run.graded().size();
            for (Graded g : run.graded()) {
                if (g.outcome() instanceof MutantOutcome.Survived && !entry.getValue().isEquivalent(g.mutant())) {
                    out.println(text.get("mutants.table.survived-one", g.mutant().id(), g.mutant().description()));
                }
            }
        }
        out.println(text.get("mutants.table.totals", notes.size(), mutants, killed, survived,
                String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.1f", graded == 0 ? 0 : seconds / graded),
                String.format(Locale.ROOT, "%.0f", wallSeconds)));
    }

    // the first column left-aligned, the others right-aligned, each in its display width
    private static String row(int[] widths, String... cells) {
        StringBuilder line = new StringBuilder(Columns.fill(cells[0], widths[0]));
        for (int i = 1; i < cells.length; i++) {
            line.append(' ').append(" ".repeat(Math.max(0, widths[i] - Columns.width(cells[i])))).append(cells[i]);
        }
        return line.toString();
    }
}
