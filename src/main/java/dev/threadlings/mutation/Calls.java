package dev.threadlings.mutation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import java.util.Optional;

/** What operators ask of a method call, read from the tree alone (parse only: there are no types). */
public final class Calls {
    private Calls() {}

    /** The called method's simple name: {@code notifyAll} in {@code lock.notifyAll()}. */
    public static String name(MethodInvocationTree call) {
        return switch (call.getMethodSelect()) {
            case IdentifierTree id -> id.getName().toString();
            case MemberSelectTree select -> select.getIdentifier().toString();
            default -> "";
        };
    }

    /** The receiver, {@code lock} in {@code lock.notifyAll()}; empty for an unqualified call. */
    public static Optional<ExpressionTree> receiver(MethodInvocationTree call) {
        return call.getMethodSelect() instanceof MemberSelectTree select
                ? Optional.of(select.getExpression()) : Optional.empty();
    }

    /** The offset where the method's name starts (it ends where the method select ends). */
    public static int nameStart(SourceTree source, MethodInvocationTree call) {
        return source.end(call.getMethodSelect()) - name(call).length();
    }

    /** An edit that renames the called method, keeping receiver and arguments. */
    public static Edit rename(SourceTree source, MethodInvocationTree call, String newName) {
        int end = source.end(call.getMethodSelect());
        return new Edit(end - name(call).length(), end, newName);
    }

    /** {@code expression} without the parentheses around it. */
    public static ExpressionTree unparenthesized(ExpressionTree expression) {
        ExpressionTree e = expression;
        while (e instanceof ParenthesizedTree p) {
            e = p.getExpression();
        }
        return e;
    }

    /** Whether {@code tree} is the expression {@code this}. */
    public static boolean isThis(Tree tree) {
        return tree instanceof IdentifierTree id && id.getName().contentEquals("this");
    }
}
