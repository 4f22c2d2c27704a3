package dev.threadlings.mutation.operator;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a synchronized block's lock one statement down (its first statement now runs before it, the statement
 * after it now runs inside) or one statement up (its last statement runs after it, the one before it inside): the
 * lock covers the wrong statements.
 */
public final class MoveSynchronizedBlock implements MutationOperator {
    @Override
    public String id() {
        return "sync-move";
    }

    @Override
    public String summary() {
        return "move a `synchronized` block one statement down or up";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(SynchronizedTree.class)) {
            SynchronizedTree s = (SynchronizedTree) path.getLeaf();
            List<? extends StatementTree> body = SyncBlocks.statements(s);
            if (body.isEmpty() || !(path.getParentPath().getLeaf() instanceof BlockTree parent)) {
                continue;
            }
            List<? extends StatementTree> around = parent.getStatements();
            int at = around.indexOf(s);
            String indent = source.indentAt(source.start(s));
            String inner = source.indentAt(source.start(body.getFirst()));
            String lock = SyncBlocks.lockText(source, s);
            if (at + 1 < around.size()) {
                StatementTree after = around.get(at + 1);
                List<StatementTree> inside = new ArrayList<>(body.subList(1, body.size()));
                inside.add(after);
                out.add(source.mutant(id(), "`synchronized " + lock + "` moved one statement down, over: "
                        + source.source(after), new Edit(source.start(s), source.end(after),
                        source.source(body.getFirst()) + "\n" + indent + block(source, lock, inside, indent, inner))));
            }
            if (at > 0) {
                StatementTree before = around.get(at - 1);
                List<StatementTree> inside = new ArrayList<>(List.of(before));
                inside.addAll(body.subList(0, body.size() - 1));
                out.add(source.mutant(id(), "`synchronized " + lock + "` moved one statement up, over: "
                        + source.source(before), new Edit(source.start(before), source.end(s),
                        block(source, lock, inside, indent, inner) + "\n" + indent + source.source(body.getLast()))));
            }
        }
        return out;
    }

    private static String block(SourceTree source, String lock, List<StatementTree> inside, String indent,
                                String inner) {
        StringBuilder text = new StringBuilder("synchronized " + lock + " {\n");
        for (StatementTree statement : inside) {
            text.append(inner).append(source.source(statement)).append('\n');
        }
        return text.append(indent).append('}').toString();
    }
}
