package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.JdkFamilies;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.ArgumentContents;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Queue;
import java.util.SequencedCollection;
import java.util.SequencedMap;
import java.util.SequencedSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A collection or an array passed as an argument to a JDK call is read (or written) by that call inside the JDK,
 * where instrumentation does not reach: {@code new ArrayList<>(list)}, {@code List.copyOf}, {@code addAll},
 * {@code String.join}, {@code Arrays.toString/stream/copyOf/fill}, {@code System.arraycopy}, {@code Collections.*}.
 * Before such a call the race detector hears of each such argument as an access of its contents (every element of
 * an array), so a counter kept in an {@code int[]} and updated through {@code Arrays} helpers races as it should.
 */
final class ArgumentAccesses implements Opcodes {
    /** Declared parameter types through which a JDK method receives a collection. */
    private static final Set<String> COLLECTIONS = names(Collection.class, List.class, Set.class, Map.class,
            Iterable.class, Queue.class, Deque.class, SortedMap.class, SortedSet.class, NavigableMap.class,
            NavigableSet.class, SequencedCollection.class, SequencedMap.class, SequencedSet.class);
    /** Calls whose {@code Object} parameters are read as a whole (printed, turned into text). */
    private static final Set<String> READS_OBJECT = Set.of(named(String.class, "valueOf"),
            named(Objects.class, "toString"), named(StringBuilder.class, "append"), named(PrintStream.class, "println"),
            named(PrintStream.class, "print"), named(System.class, "arraycopy"));
    /** Calls that change their first argument (the rest they read). */
    private static final Set<String> WRITE_FIRST = Stream.concat(
            Stream.of("fill", "sort", "parallelSort", "setAll", "parallelSetAll", "parallelPrefix")
                    .map(n -> named(Arrays.class, n)),
            Stream.of("sort", "shuffle", "reverse", "swap", "fill", "copy", "rotate", "replaceAll", "addAll")
                    .map(n -> named(Collections.class, n))).collect(Collectors.toUnmodifiableSet());
    private static final String ARRAYS = Type.getInternalName(Arrays.class);
    private static final String OBJECT = Type.getInternalName(Object.class);
    private static final String ARRAYCOPY = named(System.class, "arraycopy");
    private static final String COPY_OF = named(Arrays.class, "copyOf");
    private static final Type OBJECTS = Type.getType(Object[].class);

    private ArgumentAccesses() {}

    /** Inserts the hooks in front of {@code call} when it is a JDK call that takes a collection or an array. */
    static void hook(MethodNode method, MethodInsnNode call, String loc) {
        String o = call.owner;
        if (!(o.startsWith("java/") || o.startsWith("javax/")) || JdkFamilies.isAtomic(o)) {
            return;
        }
        String name = o + "." + call.name;
        Type[] args = Type.getArgumentTypes(call.desc);
        boolean copy = name.equals(ARRAYCOPY);
        boolean[] watched = new boolean[args.length];
        boolean any = false;
        for (int i = 0; i < args.length; i++) {
            Type t = args[i];
            watched[i] = t.getSort() == Type.ARRAY && !varargs(call, i, args) && (!rangeFollows(args, i)
                    || o.equals(ARRAYS))
                    || t.getSort() == Type.OBJECT && (COLLECTIONS.contains(t.getInternalName())
                    || t.getInternalName().equals(OBJECT) && READS_OBJECT.contains(name) && !copy)
                    || copy && (i == 0 || i == 2);
            any |= watched[i];
        }
        if (!any) {
            return;
        }
        InsnList before = new InsnList();
        int[] slots = ArgumentLocals.store(method, args, before);
        for (int i = 0; i < args.length; i++) {
            if (!watched[i]) {
                continue;
            }
            boolean write = i == 0 && WRITE_FIRST.contains(name) || copy && i == 2
                    || call.name.equals("toArray") && args.length == 1 || call.name.equals("drainTo") && i == 0;
            before.add(new VarInsnNode(ALOAD, slots[i]));
            if (copy) { // arraycopy(src, srcPos, dest, destPos, length): just the elements it copies
                before.add(new VarInsnNode(ILOAD, slots[i + 1]));
                before.add(new VarInsnNode(ILOAD, slots[i + 1]));
                before.add(new VarInsnNode(ILOAD, slots[4]));
                before.add(new InsnNode(IADD));
            } else if (name.equals(COPY_OF)) { // copyOf(a, newLength) reads a prefix
                before.add(new InsnNode(ICONST_0));
                before.add(new VarInsnNode(ILOAD, slots[i + 1]));
            } else if (args[i].getSort() == Type.ARRAY && rangeFollows(args, i)) { // Arrays.fill(a, from, to, v)
                before.add(new VarInsnNode(ILOAD, slots[i + 1]));
                before.add(new VarInsnNode(ILOAD, slots[i + 2]));
            } else {
                before.add(new InsnNode(ICONST_0));
                before.add(new LdcInsnNode(Integer.MAX_VALUE));
            }
            before.add(new InsnNode(write ? ICONST_1 : ICONST_0));
            before.add(new LdcInsnNode(loc));
            before.add(StandIn.call(ArgumentContents.class, "argument"));
        }
        for (int i = 0; i < args.length; i++) {
            before.add(new VarInsnNode(args[i].getOpcode(ILOAD), slots[i]));
        }
        method.instructions.insertBefore(call, before);
    }

    /**
     * An array followed by two ints: in java.util.Arrays a range [from, to); elsewhere the convention varies
     * (offset and count), so such an argument is not followed at all rather than guessed (no false alarm).
     */
    private static boolean rangeFollows(Type[] args, int i) {
        return i + 2 < args.length && args[i + 1].getSort() == Type.INT && args[i + 2].getSort() == Type.INT;
    }

    /**
     * A varargs array made at the call site ({@code List.of(a, b)}, {@code String.format}) holds the caller's
     * values, not shared state: only a trailing {@code Object[]} of a method known to take one is skipped.
     */
    private static boolean varargs(MethodInsnNode call, int i, Type[] args) {
        return i == args.length - 1 && args[i].equals(OBJECTS)
                && (call.name.equals("of") || call.name.equals("format") || call.name.equals("formatted")
                || call.name.equals("printf") || call.name.equals("hash") || call.name.equals("asList"));
    }

    private static Set<String> names(Class<?>... classes) {
        return Arrays.stream(classes).map(Type::getInternalName).collect(Collectors.toUnmodifiableSet());
    }

    /** How {@link #hook} names a call: owner and method name. */
    private static String named(Class<?> owner, String method) {
        return Type.getInternalName(owner) + "." + method;
    }
}
