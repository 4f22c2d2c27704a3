package dev.threadlings.mutation.operator;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.threadlings.mutation.Calls;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An atomic read-modify-write becomes a read, then a write: {@code n.incrementAndGet();} → {@code n.set(n.get() +
 * 1);}, {@code n.compareAndSet(a, b)} → {@code (n.get() == (a) && …n.getAndSet(b)…)}. Used for its value, the
 * result stays what the atomic call would have returned on one thread ({@code n.getAndSet(n.get() + 1)} for
 * {@code getAndIncrement()}); {@code updateAndGet(f)} applies {@code f} to a private copy ({@code new
 * AtomicInteger(n.get()).updateAndGet(f)}), the copy's class taken from the field's declaration.
 */
public final class AtomicToGetThenSet implements MutationOperator {
    @Override
    public String id() {
        return "atomic-get-set";
    }

    @Override
    public String summary() {
        return "atomic update → get then set (`incrementAndGet`, `addAndGet`, `getAndIncrement`, `updateAndGet`, "
                + "`accumulateAndGet`, `compareAndSet`, …)";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(MethodInvocationTree.class)) {
            MethodInvocationTree call = (MethodInvocationTree) path.getLeaf();
            Optional<ExpressionTree> on = Calls.receiver(call);
            if (on.isEmpty()) {
                continue;
            }
            String r = source.source(on.get());
            boolean statement = path.getParentPath().getLeaf() instanceof ExpressionStatementTree;
            replacement(source, call, r, statement).ifPresent(text -> out.add(source.mutant(id(),
                    "`" + source.source(call) + "` → `" + text + "`",
                    new Edit(source.start(call), source.end(call), text))));
        }
        return out;
    }

    private static Optional<String> replacement(SourceTree source, MethodInvocationTree call, String r,
                                                boolean statement) {
        List<String> args = call.getArguments().stream().map(a -> source.source(a)).toList();
        String name = Calls.name(call);
        if ((name.equals("compareAndSet") || name.startsWith("weakCompareAndSet")) && args.size() == 2) {
            return Optional.of("(" + r + ".get() == (" + args.get(0) + ") && (java.util.Objects.isNull(" + r
                    + ".getAndSet(" + args.get(1) + ")) | true))");
        }
        Optional<String> next = switch (name) {
            case "incrementAndGet", "getAndIncrement" -> args.isEmpty() ? Optional.of(r + ".get() + 1") : Optional.empty();
            case "decrementAndGet", "getAndDecrement" -> args.isEmpty() ? Optional.of(r + ".get() - 1") : Optional.empty();
            case "addAndGet", "getAndAdd" -> args.size() == 1 ? Optional.of(r + ".get() + (" + args.getFirst() + ")")
                    : Optional.empty();
            case "updateAndGet", "getAndUpdate", "accumulateAndGet", "getAndAccumulate" ->
                    AtomicDeclarations.copyClass(source, call).map(copy -> "new " + copy + "(" + r + ".get())."
                            + (name.startsWith("getAnd") ? name.equals("getAndUpdate") ? "updateAndGet"
                            : "accumulateAndGet" : name) + "(" + String.join(", ", args) + ")");
            default -> Optional.empty();
        };
        return next.map(value -> {
            if (statement) {
                return r + ".set(" + value + ")";
            }
            if (name.startsWith("getAnd")) {
                return r + ".getAndSet(" + value + ")";
            }
            return "(java.util.Objects.isNull(" + r + ".getAndSet(" + value + ")) ? " + r + ".get() : " + r + ".get())";
        });
    }
}
