package dev.threadlings.mutation.operator;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.SourceTree;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Operators that call a sibling method instead ({@code notifyAll} → {@code notify}): the names to swap. */
final class RenamedCall {
    private RenamedCall() {}

    static List<Mutant> mutate(SourceTree source, String operator, Map<String, String> renames,
                               Predicate<MethodInvocationTree> applies) {
        return source.find(MethodInvocationTree.class).stream().map(TreePath::getLeaf)
                .map(MethodInvocationTree.class::cast)
                .filter(call -> renames.containsKey(Calls.name(call)) && applies.test(call))
                .map(call -> source.mutant(operator, "`" + Calls.name(call) + "` → `"
                        + renames.get(Calls.name(call)) + "` in " + source.source(call),
                        Calls.rename(source, call, renames.get(Calls.name(call)))))
                .toList();
    }
}
