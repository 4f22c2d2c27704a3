package dev.threadlings.mutation.operator;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two locks taken one inside the other are taken in the opposite order: {@code synchronized (a) { synchronized (b)
 * …}} swaps {@code a} and {@code b}; two {@code x.lock(); … y.lock();} statements in one block swap receivers. A
 * careful global order (lower id first) becomes the order of the arguments: transfer(a, b) and transfer(b, a)
 * deadlock.
 */
public final class SwapLockOrder implements MutationOperator {
    private static final Set<String> ACQUIRE = Set.of("lock", "lockInterruptibly");

    @Override
    public String id() {
        return "lock-order";
    }

    @Override
    public String summary() {
        return "swap the order of two nested lock acquisitions";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(SynchronizedTree.class)) {
            SynchronizedTree outer = (SynchronizedTree) path.getLeaf();
            for (SynchronizedTree inner : nestedIn(outer)) {
                out.add(swap(source, Calls.unparenthesized(outer.getExpression()),
                        Calls.unparenthesized(inner.getExpression())));
            }
        }
        for (TreePath path : source.find(BlockTree.class)) {
            List<ExpressionTree> receivers = new ArrayList<>();
            for (StatementTree s : ((BlockTree) path.getLeaf()).getStatements()) {
                if (s instanceof ExpressionStatementTree e && e.getExpression() instanceof MethodInvocationTree call
                        && ACQUIRE.contains(Calls.name(call)) && Calls.receiver(call).isPresent()) {
                    receivers.add(Calls.receiver(call).get());
                }
            }
            for (int i = 0; i + 1 < receivers.size(); i++) {
                out.add(swap(source, receivers.get(i), receivers.get(i + 1)));
            }
        }
        return out.stream().filter(m -> !m.source().equals(source.text())).toList();
    }

    private Mutant swap(SourceTree source, ExpressionTree first, ExpressionTree second) {
        String a = source.source(first);
        String b = source.source(second);
        return source.mutant(id(), "lock order swapped: `" + b + "` before `" + a + "`",
                new Edit(source.start(first), source.end(first), b),
                new Edit(source.start(second), source.end(second), a));
    }

    /** Synchronized blocks inside {@code outer}'s body, run by the same thread (not in a lambda or class). */
    private static List<SynchronizedTree> nestedIn(SynchronizedTree outer) {
        List<SynchronizedTree> found = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitSynchronized(SynchronizedTree s, Void unused) {
                found.add(s);
                return super.visitSynchronized(s, null);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree l, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree c, Void unused) {
                return null;
            }
        }.scan(outer.getBlock(), null);
        return found;
    }
}
