package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.SourceTree;
import java.util.List;

/** What the synchronized-block operators share: the lock's text and a block's statements. */
final class SyncBlocks {
    private SyncBlocks() {}

    /** The lock expression as written, in parentheses: {@code (this)}. */
    static String lockText(SourceTree source, SynchronizedTree s) {
        ExpressionTree lock = Calls.unparenthesized(s.getExpression());
        return "(" + source.source(lock) + ")";
    }

    static List<? extends StatementTree> statements(SynchronizedTree s) {
        return s.getBlock().getStatements();
    }
}
