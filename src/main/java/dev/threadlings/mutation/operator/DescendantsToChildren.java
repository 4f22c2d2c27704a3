package dev.threadlings.mutation.operator;

import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;

/** {@code process.descendants()} → {@code process.children()}: grandchildren are left behind. */
public final class DescendantsToChildren implements MutationOperator {
    @Override
    public String id() {
        return "descendants-children";
    }

    @Override
    public String summary() {
        return "`ProcessHandle.descendants()` → `children()`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return RenamedCall.mutate(source, id(), Map.of("descendants", "children"),
                call -> call.getArguments().isEmpty());
    }
}
