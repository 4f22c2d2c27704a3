package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/** A pool or resource is never shut down, or not waited for. */
public final class DropShutdown implements MutationOperator {
    @Override
    public String id() {
        return "drop-shutdown";
    }

    @Override
    public String summary() {
        return "remove a `shutdown`/`shutdownNow`/`awaitTermination`/`close` call";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return CallStatements.removed(source, id(), Set.of("shutdown", "shutdownNow", "awaitTermination", "close"));
    }
}
