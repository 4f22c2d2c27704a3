package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
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
 * chain, and {@code future.get(timeout, unit)} waits {@code Long.MAX_VALUE} units. A slow dependency now holds its
 * caller for as long as it takes.
 */
public final class DropTimeout implements MutationOperator {
    @Override
    public String id() {
        return "drop-timeout";
    }

    @Override
    public String summary() {
        return "remove `orTimeout`/`completeOnTimeout`; `get(timeout, unit)` → `get(Long.MAX_VALUE, unit)`";
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
                    // not get(): the catch of the checked TimeoutException would then not compile
                    ExpressionTree timeout = call.getArguments().getFirst();
                    out.add(source.mutant(id(), "`" + source.source(call) + "` waits for ever: the timeout is "
                            + "`Long.MAX_VALUE`", new Edit(source.start(timeout), source.end(timeout), "Long.MAX_VALUE")));
                }
            } else {
                out.add(source.mutant(id(), "`." + Calls.name(call) + "(…)` removed",
                        NamedCalls.unlinked(source, call)));
            }
        }
        return out;
    }
}
