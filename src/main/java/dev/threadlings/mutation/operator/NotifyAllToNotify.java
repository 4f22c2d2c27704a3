package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;

/** {@code notifyAll()} → {@code notify()}, {@code signalAll()} → {@code signal()}: one waiter wakes, maybe the wrong one. */
public final class NotifyAllToNotify implements MutationOperator {
    @Override
    public String id() {
        return "notify-one";
    }

    @Override
    public String summary() {
        return "`notifyAll` → `notify`, `signalAll` → `signal`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return RenamedCall.mutate(source, id(), Map.of("notifyAll", "notify", "signalAll", "signal"),
                call -> call.getArguments().isEmpty());
    }
}
