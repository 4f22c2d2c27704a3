package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * The work is done on the caller's thread and only its result is wrapped in a future:
 * {@code CompletableFuture.supplyAsync(() -> lookup(x), pool)} → {@code CompletableFuture.completedFuture(lookup(x))}.
 * The caller waits for the work, nothing runs concurrently, and an exception is thrown to the caller instead of
 * failing the future. Only for a supplier that is an expression lambda.
 */
public final class RunOnCaller implements MutationOperator {
    @Override
    public String id() {
        return "run-on-caller";
    }

    @Override
    public String summary() {
        return "`supplyAsync(() -> e, …)` → `completedFuture(e)`: the work runs on the caller";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return NamedCalls.named(source, Set.of("supplyAsync")).stream()
                .filter(call -> Calls.receiver(call).map(r -> r instanceof IdentifierTree id
                        && id.getName().contentEquals("CompletableFuture")).orElse(true))
                .filter(call -> !call.getArguments().isEmpty()
                        && call.getArguments().getFirst() instanceof LambdaExpressionTree l
                        && l.getParameters().isEmpty() && l.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION)
                .map(call -> mutant(source, call))
                .toList();
    }

    private Mutant mutant(SourceTree source, MethodInvocationTree call) {
        List<? extends ExpressionTree> args = call.getArguments();
        LambdaExpressionTree supplier = (LambdaExpressionTree) args.getFirst();
        return source.mutant(id(), "`supplyAsync(() -> " + source.source(supplier.getBody())
                + ", …)` → `completedFuture(…)`: computed on the caller",
                Calls.rename(source, call, "completedFuture"),
                new Edit(source.start(args.getFirst()), source.end(args.getLast()), source.source(supplier.getBody())));
    }
}
