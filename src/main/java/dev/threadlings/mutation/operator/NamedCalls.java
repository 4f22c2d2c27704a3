package dev.threadlings.mutation.operator;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.SourceTree;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Method calls found by name (a parse has no types), and the edit that takes one link out of a call chain. */
final class NamedCalls {
    private NamedCalls() {}

    /** Every call to one of {@code names}, in the order of their names in the source (a chain left to right). */
    static List<MethodInvocationTree> named(SourceTree source, Set<String> names) {
        return source.find(MethodInvocationTree.class).stream().map(TreePath::getLeaf)
                .map(MethodInvocationTree.class::cast)
                .filter(call -> names.contains(Calls.name(call)))
                .sorted(Comparator.comparingInt(call -> Calls.nameStart(source, call)))
                .toList();
    }

    /**
     * {@code receiver.name(args)} → {@code receiver}: the link is dropped and the chain goes on from its receiver
     * ({@code a.exceptionally(f).thenApply(g)} → {@code a.thenApply(g)}). Only for a call with a receiver.
     */
    static Edit unlinked(SourceTree source, MethodInvocationTree call) {
        int receiverEnd = source.end(Calls.receiver(call).orElseThrow());
        int dot = source.text().lastIndexOf('.', Calls.nameStart(source, call));
        if (dot < receiverEnd) {
            throw new IllegalArgumentException("no '.' before " + Calls.name(call));
        }
        // a link that starts its own line is deleted there (its line goes too when nothing else is on it), so the
        // mutant is reported on the link's line; one on its receiver's line goes with the space before it
        int lineStart = source.text().lastIndexOf('\n', dot) + 1;
        return lineStart > receiverEnd && source.text().substring(lineStart, dot).isBlank()
                ? source.deletion(dot, source.end(call))
                : Edit.delete(receiverEnd, source.end(call));
    }
}
