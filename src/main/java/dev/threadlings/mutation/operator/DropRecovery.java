package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * A failure is no longer turned into a value: {@code .exceptionally(…)} (and its Async/Compose forms) or
 * {@code .handle(…)} is dropped from a chain, so the failure reaches the next stage and the caller.
 */
public final class DropRecovery implements MutationOperator {
    private static final Set<String> RECOVERIES = Set.of("exceptionally", "exceptionallyAsync",
            "exceptionallyCompose", "exceptionallyComposeAsync", "handle", "handleAsync");

    @Override
    public String id() {
        return "drop-recovery";
    }

    @Override
    public String summary() {
        return "remove an `exceptionally`/`handle` stage from a chain";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return NamedCalls.named(source, RECOVERIES).stream()
                .filter(call -> Calls.receiver(call).isPresent())
                .map(call -> source.mutant(id(), "`." + Calls.name(call) + "(…)` removed",
                        NamedCalls.unlinked(source, call)))
                .toList();
    }
}
