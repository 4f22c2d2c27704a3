package dev.threadlings.mutation.operator;

import com.sun.source.tree.LiteralTree;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * {@code future.cancel(true)} → {@code future.cancel(false)}: the future says "cancelled", but a task that has
 * already started is not interrupted and runs on.
 */
public final class CancelWithoutInterrupt implements MutationOperator {
    @Override
    public String id() {
        return "cancel-no-interrupt";
    }

    @Override
    public String summary() {
        return "`cancel(true)` → `cancel(false)`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return NamedCalls.named(source, Set.of("cancel")).stream()
                .filter(call -> call.getArguments().size() == 1
                        && call.getArguments().getFirst() instanceof LiteralTree l && Boolean.TRUE.equals(l.getValue()))
                .map(call -> {
                    LiteralTree mayInterrupt = (LiteralTree) call.getArguments().getFirst();
                    return source.mutant(id(), "`" + source.source(call) + "` → `cancel(false)`",
                            new Edit(source.start(mayInterrupt), source.end(mayInterrupt), "false"));
                })
                .toList();
    }
}
