package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/** A task nobody waits for any more is not cancelled: it runs on, holding its thread. */
public final class DropCancel implements MutationOperator {
    @Override
    public String id() {
        return "drop-cancel";
    }

    @Override
    public String summary() {
        return "remove a `cancel(…)` call";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return CallStatements.removed(source, id(), Set.of("cancel"));
    }
}
