package dev.threadlings.mutation.operator;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A synchronized block locks another object: a fresh {@code new Object()} (nobody else locks it), {@code this}
 * instead of a lock field, or another field of the class instead of {@code this}.
 */
public final class LockOtherObject implements MutationOperator {
    /** Fields tried in place of {@code this}: enough to show the block now guards nothing others share. */
    private static final int MAX_FIELDS = 2;

    @Override
    public String id() {
        return "lock-other";
    }

    @Override
    public String summary() {
        return "lock a different object: `new Object()`, `this` ↔ a field";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(SynchronizedTree.class)) {
            SynchronizedTree s = (SynchronizedTree) path.getLeaf();
            ExpressionTree lock = Calls.unparenthesized(s.getExpression());
            List<String> others = new ArrayList<>(List.of("new Object()"));
            if (!Calls.isThis(lock) && !inStaticCode(path)) {
                others.add("this");
            }
            if (Calls.isThis(lock)) {
                enclosingClass(path).ifPresent(c -> objectFields(c).stream().limit(MAX_FIELDS).forEach(others::add));
            }
            for (String other : others) {
                out.add(source.mutant(id(), "`synchronized (" + source.source(lock) + ")` locks `" + other
                        + "` instead", new Edit(source.start(lock), source.end(lock), other)));
            }
        }
        return out;
    }

    private static boolean inStaticCode(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree m) {
                return m.getModifiers().getFlags().contains(Modifier.STATIC);
            }
        }
        return true;
    }

    private static java.util.Optional<ClassTree> enclosingClass(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree c) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> objectFields(ClassTree c) {
        List<String> names = new ArrayList<>();
        for (Tree member : c.getMembers()) {
            if (member instanceof VariableTree v && !(v.getType() instanceof PrimitiveTypeTree)
                    && !v.getModifiers().getFlags().contains(Modifier.STATIC)) {
                names.add(v.getName().toString());
            }
        }
        return names;
    }
}
