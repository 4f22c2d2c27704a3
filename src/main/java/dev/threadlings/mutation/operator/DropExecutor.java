package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;

/**
 * An asynchronous stage forgets the executor it was given: {@code supplyAsync(task, pool)} → {@code
 * supplyAsync(task)}. The work runs in the common pool (parallelism 1 on a 2-core machine), not where the caller
 * asked.
 */
public final class DropExecutor implements MutationOperator {
    @Override
    public String id() {
        return "drop-executor";
    }

    @Override
    public String summary() {
        return "an `…Async(…, executor)` call loses its executor (runs in the common pool)";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(MethodInvocationTree.class).stream().map(TreePath::getLeaf)
                .map(MethodInvocationTree.class::cast)
                .filter(call -> Calls.name(call).endsWith("Async") && call.getArguments().size() >= 2)
                .filter(call -> !(call.getArguments().getLast() instanceof LambdaExpressionTree
                        || call.getArguments().getLast() instanceof MemberReferenceTree))
                .map(call -> {
                    List<? extends ExpressionTree> args = call.getArguments();
                    ExpressionTree executor = args.getLast();
                    return source.mutant(id(), "`" + Calls.name(call) + "` without its executor `"
                            + source.source(executor) + "`",
                            Edit.delete(source.end(args.get(args.size() - 2)), source.end(executor)));
                })
                .toList();
    }
}
