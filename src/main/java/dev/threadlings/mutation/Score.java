package dev.threadlings.mutation;

/**
 * The counts of one exercise's run. Equivalent mutants are survivors the author listed; stillborn and
 * could-not-check mutants are not counted either way, so the score is killed / (killed + survivors not shown
 * equivalent).
 */
public record Score(int mutants, int killed, int survived, int equivalent, int stillborn, int couldNotCheck) {

    public static Score of(ExerciseMutants run, Equivalents equivalents) {
        int killed = 0, survived = 0, equivalent = 0, stillborn = 0, unknown = 0;
        for (Graded g : run.graded()) {
            switch (g.outcome()) {
                case MutantOutcome.Killed k -> killed++;
                case MutantOutcome.Survived s -> {
                    if (equivalents.isEquivalent(g.mutant())) {
                        equivalent++;
                    } else {
                        survived++;
                    }
                }
                case MutantOutcome.Stillborn s -> stillborn++;
                case MutantOutcome.CouldNotCheck c -> unknown++;
            }
        }
        return new Score(run.graded().size(), killed, survived, equivalent, stillborn, unknown);
    }

    /** Killed of those that count; 100 when none count (nothing to kill). */
    public double percent() {
        int counted = killed + survived;
        return counted == 0 ? 100.0 : 100.0 * killed / counted;
    }

    public String percentText() {
        return killed + survived == 0 ? "–" : Math.round(Math.floor(percent())) + " %";
    }
}
