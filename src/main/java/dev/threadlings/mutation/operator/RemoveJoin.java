package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/** The caller no longer waits for the thread (or scope, or task) it started. */
public final class RemoveJoin implements MutationOperator {
    @Override
    public String id() {
        return "remove-join";
    }

    @Override
    public String summary() {
        return "remove a `join()` call used as a statement";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return CallStatements.removed(source, id(), Set.of("join"));
    }
}
