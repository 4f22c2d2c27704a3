package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/** A latch never reaches zero, a permit is never given back, a phaser party never arrives. */
public final class RemoveRelease implements MutationOperator {
    @Override
    public String id() {
        return "remove-release";
    }

    @Override
    public String summary() {
        return "remove a `countDown`/`release`/`arrive` call";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return CallStatements.removed(source, id(), Set.of("countDown", "release", "arrive", "arriveAndDeregister"));
    }
}
