package dev.threadlings.app;

import dev.threadlings.mutation.ExerciseMutants;
import dev.threadlings.mutation.Graded;
import dev.threadlings.mutation.Equivalents;
import dev.threadlings.mutation.MutantOutcome;
import dev.threadlings.mutation.Score;
import java.io.PrintStream;
import java.util.Map;

/**
 * The plain-text summary of a mutation run: a row per exercise, the survivors not shown equivalent named, then totals
 * and timing.
 */
final class MutantsTable {
    private MutantsTable() {}

    static void print(Map<ExerciseMutants, Equivalents> notes, double wallSeconds, PrintStream out) {
        out.printf("%-28s %7s %6s %8s %5s %9s %5s %6s %7s%n", "exercise", "mutants", "killed", "survived", "equiv",
                "stillborn", "n/c", "score", "seconds");
        int mutants = 0, killed = 0, survived = 0, graded = 0;
        double seconds = 0;
        for (var entry : notes.entrySet()) {
            ExerciseMutants run = entry.getKey();
            Score s = Score.of(run, entry.getValue());
            out.printf("%-28s %7d %6d %8d %5d %9d %5d %6s %7.1f%s%n", run.exercise().id(), s.mutants(), s.killed(),
                    s.survived(), s.equivalent(), s.stillborn(), s.couldNotCheck(), s.percentText(), run.seconds(),
                    run.notGraded().map(why -> "  NOT GRADED: " + why).orElse(""));
            mutants += s.mutants();
            killed += s.killed();
            survived += s.survived();
            seconds += run.seconds();
            graded += run.graded().size();
            for (Graded g : run.graded()) {
                if (g.outcome() instanceof MutantOutcome.Survived && !entry.getValue().isEquivalent(g.mutant())) {
                    out.println("    survived: " + g.mutant().id() + "  " + g.mutant().description());
                }
            }
        }
        out.printf("%d exercises, %d mutants, %d killed, %d survived (not listed as equivalent); "
                        + "%.1f s checking (%.1f s per mutant), %.0f s wall clock%n", notes.size(), mutants, killed,
                survived, seconds, graded == 0 ? 0 : seconds / graded, wallSeconds);
    }
}
