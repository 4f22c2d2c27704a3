package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.JdkFamilies;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.free.TaskWrappers;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * The race detector's hooks a free run puts around a JDK call ({@link FreeCallRules} says which): what runs before
 * and after it with the receiver at hand, and the tasks among its arguments wrapped so they start from what their
 * submitter knew.
 */
final class DetectorHooks implements Opcodes {

    private static final Type FORK_JOIN_TASK = Type.getType(ForkJoinTask.class);
    private static final Type COLLECTION = Type.getType(Collection.class);
    /** What a concurrent map's compute and merge run inside the call. */
    private static final Set<Type> INLINE = types(Function.class, BiFunction.class);
    /** The task and function types a call hands to another thread (or a stage runs later). */
    private static final Set<Type> TASKS = types(Runnable.class, Callable.class, Supplier.class, Function.class,
            BiFunction.class, Consumer.class, BiConsumer.class);
    private static final Set<String> STAGES = Set.of(Type.getInternalName(CompletableFuture.class),
            Type.getInternalName(CompletionStage.class));
    private static final String STREAMS = JdkFamilies.packageOf(Stream.class);
    private static final String ARRAYS = Type.getInternalName(Arrays.class);

    private DetectorHooks() {}

    private static Set<Type> types(Class<?>... classes) {
        return Arrays.stream(classes).map(Type::getType).collect(Collectors.toUnmodifiableSet());
    }

    /** Instructions that expect the receiver (pushed by {@link #around}) and consume it. */
    static InsnList hook(String name) {
        InsnList l = new InsnList();
        l.add(StandIn.call(FreeRunHooks.class, name));
        return l;
    }

    static InsnList before(int kind, String what, String loc) {
        InsnList l = new InsnList();
        l.add(new InsnNode(ICONST_0 + kind));
        l.add(new LdcInsnNode(what));
        l.add(new LdcInsnNode(loc));
        l.add(StandIn.call(FreeRunHooks.class, "before"));
        return l;
    }

    /** {@link #before} for a list's get(i)/set(i, x), the index read from {@code indexSlot}. */
    static InsnList beforeIndexed(int indexSlot, int kind, String what, String loc) {
        InsnList l = new InsnList();
        l.add(new VarInsnNode(ILOAD, indexSlot));
        l.add(new InsnNode(ICONST_0 + kind));
        l.add(new LdcInsnNode(what));
        l.add(new LdcInsnNode(loc));
        l.add(StandIn.call(FreeRunHooks.class, "beforeIndexed"));
        return l;
    }

    static InsnList after(int kind, String what) {
        InsnList l = new InsnList();
        l.add(new InsnNode(ICONST_0 + kind));
        l.add(new LdcInsnNode(what));
        l.add(StandIn.call(FreeRunHooks.class, "after"));
        return l;
    }

    /** After {@code lock.newCondition()}: the result (under the receiver on the stack) belongs to the receiver. */
    static InsnList owned() {
        InsnList l = new InsnList();
        l.add(new InsnNode(SWAP));                      // result, receiver → result, result, receiver
        l.add(new InsnNode(DUP_X1));
        l.add(new InsnNode(SWAP));
        l.add(StandIn.call(FreeRunHooks.class, "owned"));
        return l;
    }

    /**
     * Spills the call's arguments into fresh locals (the method gains no members), keeps the receiver of an
     * instance call in one more, and puts {@code before} (receiver pushed) in front of the call and {@code after}
     * (receiver pushed, on top of the call's result if any) behind it. With {@code wrapTasks},
     * arguments that are tasks (Runnable, Callable, functions) are wrapped on the way back.
     */
    static void around(MethodNode method, MethodInsnNode call, boolean wrapTasks, InsnList before,
                               InsnList after) {
        Type[] args = Type.getArgumentTypes(call.desc);
        boolean receiver = call.getOpcode() != INVOKESTATIC && !call.name.equals("<init>");
        InsnList pre = new InsnList();
        int[] slots = ArgumentLocals.store(method, args, pre);
        int self = -1;
        if (receiver) {
            self = method.maxLocals++;
            pre.add(new InsnNode(DUP));
            pre.add(new VarInsnNode(ASTORE, self));
            if (before != null) {
                pre.add(new VarInsnNode(ALOAD, self));
                pre.add(before);
            }
        }
        for (int i = 0; i < args.length; i++) {
            pre.add(new VarInsnNode(args[i].getOpcode(ILOAD), slots[i]));
            if (args[i].equals(FORK_JOIN_TASK)) {
                pre.add(new InsnNode(DUP));
                pre.add(StandIn.call(FreeRunHooks.class, "handOver"));
            }
            String wrap = wrapTasks ? wrapper(args[i], call) : null;
            if ("proxy".equals(wrap)) {
                pre.add(new LdcInsnNode(args[i]));
                pre.add(StandIn.call(TaskWrappers.class, "proxy"));
                pre.add(new org.objectweb.asm.tree.TypeInsnNode(CHECKCAST, args[i].getInternalName()));
            } else if (wrap != null) {
                pre.add(StandIn.of(TaskWrappers.class, wrap, jdkClass(args[i])).call());
            }
        }
        method.instructions.insertBefore(call, pre);
        if (receiver && after != null) {
            InsnList post = new InsnList();
            post.add(new VarInsnNode(ALOAD, self));
            post.add(after);
            method.instructions.insert(call, post);
        }
    }

    /**
     * {@code task}, or {@code stage} for a function given to a CompletableFuture's instance method (thenApply…):
     * it runs after the stage it depends on, wherever that finished; {@code inline} for a concurrent map's
     * compute or merge function: it runs after the last one on the map.
     */
    static String wrapper(Type arg, MethodInsnNode call) {
        if (JdkFamilies.CONCURRENT_MAPS.contains(call.owner)) {
            return INLINE.contains(arg) ? "inline" : null;
        }
        boolean stage = call.getOpcode() != INVOKESTATIC && STAGES.contains(call.owner);
        if (TASKS.contains(arg)) {
            return stage ? "stage" : "task";
        }
        if (arg.equals(COLLECTION)) {
            return call.name.startsWith("invoke") ? "callables" : null;
        }
        // parallel streams and Arrays.parallel*: any other function runs on pool threads too
        return JdkFamilies.isFunction(arg) && (call.owner.startsWith(STREAMS) || call.owner.equals(ARRAYS))
                ? "proxy" : null;
    }

    /** The JDK interface a task argument is typed as (Runnable, Callable, Function…): a wrapper's overload. */
    private static Class<?> jdkClass(Type t) {
        try {
            return Class.forName(t.getClassName(), false, DetectorHooks.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no task interface " + t, e);
        }
    }
}
