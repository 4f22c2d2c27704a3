package dev.threadlings.mutation.operator;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code try { work } finally { lock.unlock(); }} → {@code try { work; lock.unlock(); } finally { }}: the lock is
 * released on the normal path only, and an exception leaves it held. A final {@code return x;} becomes
 * {@code var returned$ = x; lock.unlock(); return returned$;}; before another jump the unlock goes just before it.
 */
public final class UnlockOutOfFinally implements MutationOperator {
    /** The local that holds a returned value while the lock is released (a name no learner writes). */
    static final String RETURNED = "returned$";

    @Override
    public String id() {
        return "unlock-finally";
    }

    @Override
    public String summary() {
        return "move `unlock()` out of `finally` to the end of the `try` block";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(TryTree.class)) {
            TryTree t = (TryTree) path.getLeaf();
            if (t.getFinallyBlock() == null) {
                continue;
            }
            for (StatementTree s : t.getFinallyBlock().getStatements()) {
                if (s instanceof ExpressionStatementTree e && e.getExpression() instanceof MethodInvocationTree call
                        && Calls.name(call).equals("unlock") && call.getArguments().isEmpty()) {
                    out.add(source.mutant(id(), "`" + source.source(s) + "` moved out of `finally`",
                            source.deletion(source.start(s), source.end(s)), placed(source, t.getBlock(), source.source(s))));
                }
            }
        }
        return out;
    }

    private static Edit placed(SourceTree source, BlockTree block, String unlock) {
        List<? extends StatementTree> body = block.getStatements();
        if (body.isEmpty()) {
            return Edit.insert(source.start(block) + 1, " " + unlock + " ");
        }
        StatementTree last = body.getLast();
        String indent = source.indentAt(source.start(last));
        if (last instanceof ReturnTree r && r.getExpression() != null) {
            // the value is still computed under the lock; only its release is no longer guaranteed
            return new Edit(source.start(last), source.end(last), "var " + RETURNED + " = "
                    + source.source(r.getExpression()) + ";\n" + indent + unlock + "\n" + indent + "return "
                    + RETURNED + ";");
        }
        if (last instanceof ReturnTree || last instanceof ThrowTree || last instanceof BreakTree
                || last instanceof ContinueTree) {
            return Edit.insert(source.start(last), unlock + "\n" + indent);
        }
        return Edit.insert(source.end(last), "\n" + indent + unlock);
    }
}
