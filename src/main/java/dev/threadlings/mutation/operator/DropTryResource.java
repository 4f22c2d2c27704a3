package dev.threadlings.mutation.operator;

import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A try-with-resources forgets one resource: {@code try (var pool = …) { body }} → {@code { var pool = …; {
 * body } }}. The resource is never closed: a pool is not shut down and waited for, a scope does not wait for its
 * forks, a stream is left open. The other resources, catches and finally stay.
 */
public final class DropTryResource implements MutationOperator {
    @Override
    public String id() {
        return "drop-close";
    }

    @Override
    public String summary() {
        return "take a resource out of try-with-resources: it is never closed";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(TryTree.class)) {
            TryTree t = (TryTree) path.getLeaf();
            List<? extends Tree> resources = t.getResources();
            for (int i = 0; i < resources.size(); i++) {
                Tree dropped = resources.get(i);
                List<String> kept = new ArrayList<>();
                for (int j = 0; j < resources.size(); j++) {
                    if (j != i) {
                        kept.add(resourceText(source, resources.get(j)));
                    }
                }
                String declaration = dropped instanceof VariableTree ? resourceText(source, dropped) + ";" : "";
                String rest = source.text().substring(source.start(t.getBlock()), source.end(t));
                boolean bareTry = kept.isEmpty() && t.getCatches().isEmpty() && t.getFinallyBlock() == null;
                String tryPart = bareTry ? rest
                        : "try " + (kept.isEmpty() ? "" : "(" + String.join("; ", kept) + ") ") + rest;
                out.add(source.mutant(id(), "`" + resourceText(source, dropped) + "` no longer closed",
                        new Edit(source.start(t), source.end(t), "{ " + declaration + " " + tryPart + " }")));
            }
        }
        return out;
    }

    // javac ends a resource that another follows after its ';'
    private static String resourceText(SourceTree source, Tree resource) {
        String text = source.source(resource).strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
