package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.SourceTree;
import java.util.Optional;
import java.util.Set;

/**
 * Which atomic class a receiver is, read from its declaration in the same file (a parse has no types): the
 * field or variable of that name, its declared type, or the class it is initialized with when declared {@code var}.
 */
final class AtomicDeclarations {
    private static final Set<String> SCALARS = Set.of("AtomicInteger", "AtomicLong", "AtomicReference");

    private AtomicDeclarations() {}

    /** What to write after {@code new} for a private copy: {@code AtomicInteger}, {@code AtomicReference<>}. */
    static Optional<String> copyClass(SourceTree source, MethodInvocationTree call) {
        Optional<String> variable = Calls.receiver(call).flatMap(AtomicDeclarations::variableName);
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        for (TreePath path : source.find(VariableTree.class)) {
            VariableTree v = (VariableTree) path.getLeaf();
            if (!v.getName().contentEquals(variable.get())) {
                continue;
            }
            Tree type = source.start(v.getType()) >= 0 && !source.source(v.getType()).equals("var") ? v.getType()
                    : v.getInitializer() instanceof NewClassTree created ? created.getIdentifier() : null;
            String base = simpleName(type instanceof ParameterizedTypeTree p ? p.getType() : type);
            if (SCALARS.contains(base)) {
                return Optional.of(base.equals("AtomicReference") ? "AtomicReference<>" : base);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> variableName(ExpressionTree receiver) {
        return switch (receiver) {
            case IdentifierTree id -> Optional.of(id.getName().toString());
            case MemberSelectTree select when Calls.isThis(select.getExpression()) ->
                    Optional.of(select.getIdentifier().toString());
            default -> Optional.empty();
        };
    }

    private static String simpleName(Tree type) {
        return switch (type) {
            case IdentifierTree id -> id.getName().toString();
            case MemberSelectTree select -> select.getIdentifier().toString();
            case null, default -> "";
        };
    }
}
