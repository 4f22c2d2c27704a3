package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calls whose result nobody uses: a statement {@code latch.countDown();} or an expression lambda's body
 * {@code () -> latch.countDown()}. Removing one leaves an empty statement or an empty lambda body.
 */
final class CallStatements {
    private CallStatements() {}

    /** A call used as a statement, and the edit that removes it. */
    record Found(MethodInvocationTree call, Edit removal) {}

    static List<Found> named(SourceTree source, Set<String> names) {
        List<Found> found = new ArrayList<>();
        for (TreePath path : source.find(Tree.class)) {
            switch (path.getLeaf()) {
                case ExpressionStatementTree s when s.getExpression() instanceof MethodInvocationTree call
                        && names.contains(Calls.name(call)) ->
                        found.add(new Found(call, new Edit(source.start(s), source.end(s), ";")));
                case LambdaExpressionTree l when l.getBody() instanceof MethodInvocationTree call
                        && names.contains(Calls.name(call)) ->
                        found.add(new Found(call, new Edit(source.start(call), source.end(call), "{}")));
                default -> {
                }
            }
        }
        return found;
    }

    /** {@code operator} removing each such call, described as "NAME() removed". */
    static List<dev.threadlings.mutation.Mutant> removed(SourceTree source, String operator, Set<String> names) {
        return named(source, names).stream()
                .map(f -> source.mutant(operator, "`" + source.source(f.call()) + "` removed", f.removal()))
                .toList();
    }
}
