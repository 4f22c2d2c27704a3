package dev.threadlings.mutation.operator;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * {@code while (!ready) wait();} → {@code if (!ready) wait();}: a spurious wake-up, or a wake-up meant for
 * another waiter, goes on although the condition does not hold.
 */
public final class WhileToIf implements MutationOperator {
    private static final Set<String> WAITS = Set.of("wait", "await", "awaitNanos", "awaitUntil",
            "awaitUninterruptibly");

    @Override
    public String id() {
        return "while-if";
    }

    @Override
    public String summary() {
        return "`while` → `if` around `wait`/`await`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        return source.find(WhileLoopTree.class).stream().map(TreePath::getLeaf).map(WhileLoopTree.class::cast)
                .filter(WhileToIf::waitsInside)
                .filter(w -> source.text().startsWith("while", source.start(w)))
                .map(w -> source.mutant(id(), "`while " + source.source(w.getCondition()) + "` → `if`",
                        new Edit(source.start(w), source.start(w) + "while".length(), "if")))
                .toList();
    }

    private static boolean waitsInside(WhileLoopTree loop) {
        Boolean found = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
                return WAITS.contains(Calls.name(call)) || Boolean.TRUE.equals(super.visitMethodInvocation(call, null));
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(loop, null);
        return Boolean.TRUE.equals(found);
    }
}
