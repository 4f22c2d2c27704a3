package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;

/** {@code queue.take()} → {@code queue.poll()}: on an empty queue the consumer gets null instead of waiting. */
public final class TakeToPoll implements MutationOperator {
    @Override
    public String id() {
        return "take-poll";
    }

    @Override
    public String summary() {
        return "`take()` → `poll()` on a queue";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return RenamedCall.mutate(source, id(), Map.of("take", "poll"),
                call -> call.getArguments().isEmpty() && Calls.receiver(call).isPresent());
    }
}
