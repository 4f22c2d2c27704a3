package dev.threadlings.mutation.operator;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code synchronized void add()} → {@code void add()}: the method no longer takes the monitor. */
public final class RemoveSynchronizedMethod implements MutationOperator {
    @Override
    public String id() {
        return "sync-method";
    }

    @Override
    public String summary() {
        return "remove `synchronized` from a method";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(MethodTree.class).stream().map(TreePath::getLeaf).map(MethodTree.class::cast)
                .filter(m -> m.getModifiers().getFlags().contains(Modifier.SYNCHRONIZED))
                .flatMap(m -> ModifierKeyword.deletion(source, m.getModifiers(), "synchronized").stream()
                        .map(edit -> source.mutant(id(), "`synchronized` removed from " + m.getName() + "()", edit)))
                .toList();
    }
}
