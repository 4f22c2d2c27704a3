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
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.Mutant;
import dev.threadlings.mutation.MutationOperator;
import dev.threadlings.mutation.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A thread-safe collection becomes its plain counterpart: {@code new ConcurrentHashMap<>()} → {@code new
 * HashMap<>()} (and the variable's declared type with it when it names the same class), {@code
 * ConcurrentHashMap.newKeySet()} → {@code new HashSet<>()}, {@code Collections.synchronizedList(x)} → {@code x}.
 * A variable declared as an interface only the concurrent class has ({@code BlockingQueue}, {@code ConcurrentMap})
 * cannot hold the plain one, so those are not tried.
 */
public final class PlainCollection implements MutationOperator {
    static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("ConcurrentHashMap", "HashMap"), Map.entry("ConcurrentSkipListMap", "TreeMap"),
            Map.entry("ConcurrentSkipListSet", "TreeSet"), Map.entry("CopyOnWriteArrayList", "ArrayList"),
            Map.entry("CopyOnWriteArraySet", "LinkedHashSet"), Map.entry("ConcurrentLinkedQueue", "ArrayDeque"),
            Map.entry("ConcurrentLinkedDeque", "ArrayDeque"), Map.entry("LinkedBlockingQueue", "ArrayDeque"),
            Map.entry("ArrayBlockingQueue", "ArrayDeque"), Map.entry("LinkedBlockingDeque", "ArrayDeque"),
            Map.entry("PriorityBlockingQueue", "PriorityQueue"), Map.entry("LinkedTransferQueue", "ArrayDeque"));
    private static final Set<String> CONCURRENT_ONLY = Set.of("BlockingQueue", "BlockingDeque", "TransferQueue",
            "ConcurrentMap", "ConcurrentNavigableMap");
    private static final Set<String> WRAPPERS = Set.of("synchronizedList", "synchronizedMap", "synchronizedSet",
            "synchronizedCollection", "synchronizedSortedMap", "synchronizedSortedSet", "synchronizedNavigableMap",
            "synchronizedNavigableSet");

    @Override
    public String id() {
        return "plain-collection";
    }

    @Override
    public String summary() {
        return "concurrent collection → plain one (`ConcurrentHashMap` → `HashMap`, `CopyOnWriteArrayList` → "
                + "`ArrayList`, `*BlockingQueue` → `ArrayDeque`, `Collections.synchronized*(x)` → `x`)";
    }

    @Override
    public List<Mutant> mutate(SourceTree source) {
        List<Mutant> out = new ArrayList<>();
        for (TreePath path : source.find(NewClassTree.class)) {
            NewClassTree created = (NewClassTree) path.getLeaf();
            Tree type = baseType(created.getIdentifier());
            String name = simpleName(type);
            if (!PLAIN.containsKey(name) || created.getClassBody() != null) {
                continue;
            }
            List<Edit> edits = new ArrayList<>(List.of(new Edit(source.start(type), source.end(type), PLAIN.get(name))));
            if (path.getParentPath().getLeaf() instanceof VariableTree v && v.getType() != null
                    && source.start(v.getType()) >= 0) {
                Tree declared = baseType(v.getType());
                if (CONCURRENT_ONLY.contains(simpleName(declared))) {
                    continue;
                }
                if (simpleName(declared).equals(name)) {
                    edits.add(new Edit(source.start(declared), source.end(declared), PLAIN.get(name)));
                }
            }
            out.add(source.mutant(id(), "`" + name + "` → `" + PLAIN.get(name) + "`", edits));
        }
        for (TreePath path : source.find(MethodInvocationTree.class)) {
            MethodInvocationTree call = (MethodInvocationTree) path.getLeaf();
            Optional<String> on = Calls.receiver(call).map(PlainCollection::simpleName);
            if (Calls.name(call).equals("newKeySet") && on.equals(Optional.of("ConcurrentHashMap"))
                    && call.getArguments().isEmpty()) {
                out.add(source.mutant(id(), "`ConcurrentHashMap.newKeySet()` → `new HashSet<>()`",
                        new Edit(source.start(call), source.end(call), "new HashSet<>()")));
            } else if (WRAPPERS.contains(Calls.name(call)) && on.equals(Optional.of("Collections"))
                    && call.getArguments().size() == 1) {
                ExpressionTree wrapped = call.getArguments().getFirst();
                out.add(source.mutant(id(), "`Collections." + Calls.name(call) + "(…)` unwrapped",
                        new Edit(source.start(call), source.end(call), source.source(wrapped))));
            }
        }
        return out;
    }

    private static Tree baseType(Tree type) {
        return type instanceof ParameterizedTypeTree p ? p.getType() : type;
    }

    private static String simpleName(Tree type) {
        return switch (type) {
            case IdentifierTree id -> id.getName().toString();
            case MemberSelectTree select -> select.getIdentifier().toString();
            default -> "";
        };
    }
}
