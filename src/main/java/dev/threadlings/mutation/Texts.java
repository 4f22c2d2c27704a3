package dev.threadlings.mutation;

/** The words the command line and the report use for outcomes. */
final class Texts {
    private Texts() {}

    static String outcome(MutantOutcome o) {
        return switch (o) {
            case MutantOutcome.Killed k -> "killed by \"" + k.check() + "\" (" + k.kind() + ")";
            case MutantOutcome.Survived s -> "SURVIVED";
            case MutantOutcome.Stillborn s -> "stillborn (does not compile)";
            case MutantOutcome.CouldNotCheck c -> "could not check: " + c.reason();
        };
    }
}
