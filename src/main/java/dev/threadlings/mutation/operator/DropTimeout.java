package dev.threadlings.mutation.operator;

import com.sun.source.tree.MethodInvocationTree;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A wait loses its time limit: {@code f.orTimeout(…)} and {@code f.completeOnTimeout(…)} are dropped from the
 * chain, and {@code future.get(timeout, unit)} becomes {@code future.get()}. A slow dependency now holds its caller
 * for as long as it takes.
 */
public final class DropTimeout implements MutationOperator {
    @Override
    public String id() {
        return "drop-timeout";
    }

    @Override
    public String summary() {
        return "remove `orTimeout`/`completeOnTimeout`; `get(timeout, unit)` → `get()`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (MethodInvocationTree call : NamedCalls.named(source, Set.of("orTimeout", "completeOnTimeout", "get"))) {
            if (Calls.receiver(call).isEmpty()) {
                continue;
            }
            if (Calls.name(call).equals("get")) {
                if (call.getArguments().size() == 2) {
                    out.add(source.mutant(id(), "`" + source.source(call) + "` waits without a time limit",
                            new Edit(source.end(call.getMethodSelect()), source.end(call), "()")));
                }
            } else {
                out.add(source.mutant(id(), "`." + Calls.name(call) + "(…)` removed",
                        NamedCalls.unlinked(source, call)));
            }
        }
        return out;
    }
}
