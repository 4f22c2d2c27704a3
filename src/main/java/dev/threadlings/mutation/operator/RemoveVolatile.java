package dev.threadlings.mutation.operator;

import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code volatile boolean stop} → {@code boolean stop}: writes are no longer seen by other threads' reads. */
public final class RemoveVolatile implements MutationOperator {
    @Override
    public String id() {
        return "volatile";
    }

    @Override
    public String summary() {
        return "remove `volatile` from a field";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(VariableTree.class).stream().map(TreePath::getLeaf).map(VariableTree.class::cast)
                .filter(v -> v.getModifiers().getFlags().contains(Modifier.VOLATILE))
                .flatMap(v -> ModifierKeyword.deletion(source, v.getModifiers(), "volatile").stream()
                        .map(edit -> source.mutant(id(), "`volatile` removed from " + v.getName(), edit)))
                .toList();
    }
}
