package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/** A waiter is never woken: the notify or signal call is gone. */
public final class RemoveNotify implements MutationOperator {
    @Override
    public String id() {
        return "remove-notify";
    }

    @Override
    public String summary() {
        return "remove a `notify`/`notifyAll`/`signal`/`signalAll` call";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return CallStatements.removed(source, id(), Set.of("notify", "notifyAll", "signal", "signalAll"));
    }
}
