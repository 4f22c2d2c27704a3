package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;

/** {@code queue.put(x)} → {@code queue.offer(x)}: on a full queue the item is dropped instead of waiting. */
public final class PutToOffer implements MutationOperator {
    @Override
    public String id() {
        return "put-offer";
    }

    @Override
    public String summary() {
        return "`put` → `offer` on a queue (one argument: a map's `put` has two)";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return RenamedCall.mutate(source, id(), Map.of("put", "offer"),
                call -> call.getArguments().size() == 1 && Calls.receiver(call).isPresent());
    }
}
