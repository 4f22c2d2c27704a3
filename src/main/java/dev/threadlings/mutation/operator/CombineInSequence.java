package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;

/**
 * Two independent futures are chained instead of combined: {@code a.thenCombine(b(), (x, y) -> f)} →
 * {@code a.thenCompose(x -> b().thenApply(y -> f))}. The second future is only asked for once the first is done,
 * so the two remote calls run one after the other. Only where the function is a two-parameter lambda.
 */
public final class CombineInSequence implements MutationOperator {
    /** The combining method and the one-future method its inner stage becomes. */
    private static final Map<String, String> INNER = Map.of(
            "thenCombine", "thenApply", "thenCombineAsync", "thenApply",
            "thenAcceptBoth", "thenAccept", "thenAcceptBothAsync", "thenAccept");

    @Override
    public String id() {
        return "combine-sequence";
    }

    @Override
    public String summary() {
        return "`a.thenCombine(b, (x, y) -> …)` → `a.thenCompose(x -> b.thenApply(y -> …))`: b starts after a";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return NamedCalls.named(source, INNER.keySet()).stream()
                .filter(call -> call.getArguments().size() >= 2
                        && call.getArguments().get(1) instanceof LambdaExpressionTree l && l.getParameters().size() == 2)
                .map(call -> mutant(source, call))
                .toList();
    }

    private Mutant mutant(SourceTree source, MethodInvocationTree call) {
        List<? extends ExpressionTree> args = call.getArguments();
        ExpressionTree other = args.get(0);
        LambdaExpressionTree both = (LambdaExpressionTree) args.get(1);
        String first = source.source(both.getParameters().get(0));
        String second = source.source(both.getParameters().get(1));
        String compose = Calls.name(call).endsWith("Async") ? "thenComposeAsync" : "thenCompose";
        String chained = "(" + first + ") -> " + source.source(other) + "." + INNER.get(Calls.name(call))
                + "((" + second + ") -> " + source.source(both.getBody()) + ")";
        return source.mutant(id(), "`" + Calls.name(call) + "` → `" + compose + "`: `" + source.source(other)
                + "` only starts once the first future is done",
                Calls.rename(source, call, compose),
                new Edit(source.start(other), source.end(both), chained));
    }
}
