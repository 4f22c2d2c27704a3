package dev.threadlings.mutation.operator;

import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A synchronized block of two or more statements loses its first statement (now run before it) or its last (now
 * run after it): part of the critical section runs unlocked.
 */
public final class ShrinkSynchronizedBlock implements MutationOperator {
    @Override
    public String id() {
        return "sync-shrink";
    }

    @Override
    public String summary() {
        return "move the first or last statement out of a `synchronized` block";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(SynchronizedTree.class)) {
            SynchronizedTree s = (SynchronizedTree) path.getLeaf();
            List<? extends StatementTree> body = SyncBlocks.statements(s);
            if (body.size() < 2) {
                continue;
            }
            String indent = source.indentAt(source.start(s));
            StatementTree first = body.getFirst();
            out.add(source.mutant(id(), "first statement moved before `synchronized " + SyncBlocks.lockText(source, s)
                    + "`: " + source.source(first),
                    Edit.insert(source.start(s), source.source(first) + "\n" + indent),
                    Edit.delete(source.start(first), source.start(body.get(1)))));
            StatementTree last = body.getLast();
            out.add(source.mutant(id(), "last statement moved after `synchronized " + SyncBlocks.lockText(source, s)
                    + "`: " + source.source(last),
                    Edit.delete(source.end(body.get(body.size() - 2)), source.end(last)),
                    Edit.insert(source.end(s), "\n" + indent + source.source(last))));
        }
        return out;
    }
}
