package dev.threadlings.mutation.operator;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code catch (InterruptedException e)} swallows the interrupt: its {@code Thread.currentThread().interrupt()}
 * is removed (the flag is not restored), or its whole body is emptied (no rethrow, no return, no restore).
 */
public final class SwallowInterrupt implements MutationOperator {
    @Override
    public String id() {
        return "swallow-interrupt";
    }

    @Override
    public String summary() {
        return "swallow `InterruptedException`: drop the `interrupt()` restore, or empty the catch";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(CatchTree.class)) {
            CatchTree c = (CatchTree) path.getLeaf();
            if (!catchesInterrupt(c.getParameter().getType())) {
                continue;
            }
            BlockTree body = c.getBlock();
            for (StatementTree s : body.getStatements()) {
                if (restoresInterrupt(s)) {
                    out.add(source.mutant(id(), "interrupt flag no longer restored: `" + source.source(s)
                            + "` removed", new Edit(source.start(s), source.end(s), ";")));
                }
            }
            boolean onlyRestores = body.getStatements().stream().allMatch(SwallowInterrupt::restoresInterrupt);
            if (!body.getStatements().isEmpty() && !(onlyRestores && body.getStatements().size() == 1)) {
                out.add(source.mutant(id(), "`catch (" + source.source(c.getParameter().getType())
                        + " …)` emptied", new Edit(source.start(body), source.end(body), "{ }")));
            }
        }
        return out;
    }

    private static boolean catchesInterrupt(Tree type) {
        return switch (type) {
            case IdentifierTree id -> id.getName().contentEquals("InterruptedException");
            case MemberSelectTree select -> select.getIdentifier().contentEquals("InterruptedException");
            case UnionTypeTree union -> union.getTypeAlternatives().stream().anyMatch(SwallowInterrupt::catchesInterrupt);
            default -> false;
        };
    }

    private static boolean restoresInterrupt(StatementTree s) {
        return s instanceof ExpressionStatementTree e && e.getExpression() instanceof MethodInvocationTree call
                && Calls.name(call).equals("interrupt") && call.getArguments().isEmpty()
                && Calls.receiver(call).map(r -> r instanceof MethodInvocationTree current
                && Calls.name(current).equals("currentThread")).orElse(false);
    }
}
