package dev.threadlings.mutation.operator;

import com.sun.source.tree.SynchronizedTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;

/** {@code synchronized (lock) { body }} → {@code { body }}: the body runs without the monitor. */
public final class RemoveSynchronizedBlock implements MutationOperator {
    @Override
    public String id() {
        return "sync-block";
    }

    @Override
    public String summary() {
        return "remove a `synchronized` block's lock, keeping its body";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(SynchronizedTree.class).stream().map(TreePath::getLeaf).map(SynchronizedTree.class::cast)
                .map(s -> source.mutant(id(), "`synchronized " + SyncBlocks.lockText(source, s)
                        + "` removed around its block", Edit.delete(source.start(s), source.start(s.getBlock()))))
                .toList();
    }
}
