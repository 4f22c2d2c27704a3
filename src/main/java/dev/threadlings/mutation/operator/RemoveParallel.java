package dev.threadlings.mutation.operator;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A parallel stream runs sequentially: {@code s.parallel()} → {@code s}, {@code list.parallelStream()} → {@code
 * list.stream()}. The answer is the same; what the exercise asked for (splitting the work) is gone.
 */
public final class RemoveParallel implements MutationOperator {
    @Override
    public String id() {
        return "sequential";
    }

    @Override
    public String summary() {
        return "a parallel stream runs sequentially: drop `.parallel()`, `parallelStream()` → `stream()`";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(MethodInvocationTree.class)) {
            MethodInvocationTree call = (MethodInvocationTree) path.getLeaf();
            if (!call.getArguments().isEmpty() || Calls.receiver(call).isEmpty()) {
                continue;
            }
            if (Calls.name(call).equals("parallel")) {
                out.add(source.mutant(id(), "`.parallel()` removed",
                        Edit.delete(source.end(Calls.receiver(call).get()), source.end(call))));
            } else if (Calls.name(call).equals("parallelStream")) {
                out.add(source.mutant(id(), "`parallelStream()` → `stream()`", Calls.rename(source, call, "stream")));
            }
        }
        return out;
    }
}
