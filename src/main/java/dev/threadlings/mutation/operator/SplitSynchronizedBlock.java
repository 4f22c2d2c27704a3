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
 * {@code synchronized (l) { a; b; }} → {@code synchronized (l) { a; } synchronized (l) { b; }}, at each point
 * between two statements: each half is atomic, the whole no longer is (check-then-act, read-modify-write).
 */
public final class SplitSynchronizedBlock implements MutationOperator {
    @Override
    public String id() {
        return "sync-split";
    }

    @Override
    public String summary() {
        return "split a `synchronized` block in two between two of its statements";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(SynchronizedTree.class)) {
            SynchronizedTree s = (SynchronizedTree) path.getLeaf();
            List<? extends StatementTree> body = SyncBlocks.statements(s);
            String lock = SyncBlocks.lockText(source, s);
            String indent = source.indentAt(source.start(s));
            for (int i = 1; i < body.size(); i++) {
                StatementTree next = body.get(i);
                out.add(source.mutant(id(), "`synchronized " + lock + "` split before: " + source.source(next),
                        Edit.insert(source.start(next), "}\n" + indent + "synchronized " + lock + " {\n"
                                + source.indentAt(source.start(next)))));
            }
        }
        return out;
    }
}
