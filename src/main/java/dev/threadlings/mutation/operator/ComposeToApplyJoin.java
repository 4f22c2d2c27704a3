package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * {@code thenCompose(x -> lookup(x))} → {@code thenApply(x -> lookup(x).join())}: the future of a future is
 * flattened by waiting inside the stage, so whichever thread runs the stage blocks until the inner future is done.
 * A function that is not an expression lambda is flattened by a second stage, {@code .thenApply(CompletableFuture::join)},
 * which blocks the same thread.
 */
public final class ComposeToApplyJoin implements MutationOperator {
    @Override
    public String id() {
        return "compose-join";
    }

    @Override
    public String summary() {
        return "`thenCompose(f)` → `thenApply(f)` and `join()` the inner future inside the stage";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return NamedCalls.named(source, Set.of("thenCompose", "thenComposeAsync")).stream()
                .filter(call -> !call.getArguments().isEmpty())
                .map(call -> mutant(source, call))
                .toList();
    }

    private Mutant mutant(SourceTree source, MethodInvocationTree call) {
        String apply = Calls.name(call).replace("Compose", "Apply");
        Edit rename = Calls.rename(source, call, apply);
        ExpressionTree function = call.getArguments().getFirst();
        if (function instanceof LambdaExpressionTree lambda
                && lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
            ExpressionTree body = (ExpressionTree) lambda.getBody();
            List<Edit> edits = primary(body)
                    ? List.of(rename, Edit.insert(source.end(body), ".join()"))
                    : List.of(rename, Edit.insert(source.start(body), "("), Edit.insert(source.end(body), ").join()"));
            return source.mutant(id(), "`" + Calls.name(call) + "` → `" + apply + "` with `join()` in the stage",
                    edits);
        }
        return source.mutant(id(), "`" + Calls.name(call) + "` → `" + apply
                + "`, flattened by `.thenApply(CompletableFuture::join)`",
                rename, Edit.insert(source.end(call), ".thenApply(CompletableFuture::join)"));
    }

    /** Whether {@code .join()} can follow the expression without parentheses. */
    private static boolean primary(ExpressionTree e) {
        return e instanceof MethodInvocationTree || e instanceof IdentifierTree || e instanceof MemberSelectTree
                || e instanceof ParenthesizedTree;
    }
}
