package dev.threadlings.mutation.operator;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;

/**
 * A caught exception escapes after all: {@code throw e;} at the end of a catch block that used to end normally —
 * "let the caller know". In a periodic task it ends the schedule for good; in a scheduled task it is kept in a
 * future nobody reads, and the work that should follow never comes. Interrupts are left to {@code swallow-interrupt}.
 */
public final class RethrowFromCatch implements MutationOperator {
    @Override
    public String id() {
        return "rethrow";
    }

    @Override
    public String summary() {
        return "a catch block that ended normally rethrows its exception";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(CatchTree.class).stream().map(TreePath::getLeaf).map(CatchTree.class::cast)
                .filter(c -> !catchesInterrupt(c.getParameter().getType()) && endsNormally(c.getBlock()))
                .map(c -> {
                    String name = c.getParameter().getName().toString();
                    BlockTree body = c.getBlock();
                    int closing = source.end(body) - 1;    // the block's '}'
                    String text = body.getStatements().isEmpty()
                            ? " throw " + name + "; "
                            : "\n" + source.indentAt(source.start(body.getStatements().getLast())) + "throw " + name + ";";
                    int at = body.getStatements().isEmpty() ? closing : source.end(body.getStatements().getLast());
                    return source.mutant(id(), "`catch (" + source.source(c.getParameter().getType()) + " "
                            + name + ")` rethrows: `throw " + name + ";`", Edit.insert(at, text));
                })
                .toList();
    }

    private static boolean endsNormally(BlockTree block) {
        if (block.getStatements().isEmpty()) {
            return true;
        }
        StatementTree last = block.getStatements().getLast();
        return !(last instanceof ReturnTree || last instanceof ThrowTree);
    }

    private static boolean catchesInterrupt(Tree type) {
        return switch (type) {
            case IdentifierTree id -> id.getName().contentEquals("InterruptedException");
            case MemberSelectTree select -> select.getIdentifier().contentEquals("InterruptedException");
            case UnionTypeTree union -> union.getTypeAlternatives().stream().anyMatch(RethrowFromCatch::catchesInterrupt);
            default -> false;
        };
    }
}
