package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.StageCallbackModel;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The function given to a CompletableFuture stage ({@code thenApply(fn)}, {@code whenComplete}, {@code handle}…)
 * runs later, often in the thread that completes the future; registering the stage happens before it runs (the
 * JDK pushes the stage with a CAS the completing thread reads). Each such function is wrapped
 * ({@code StageCallbackModel}) so that it starts from what was handed over through the futures, registration included.
 */
final class StageCallbacks implements Opcodes {
    /** Functional parameter types → the wrapping method for each. */
    private static final Map<String, String> WRAPPERS = Map.of(Type.getInternalName(Function.class), "function",
            Type.getInternalName(BiFunction.class), "biFunction", Type.getInternalName(Consumer.class), "consumer",
            Type.getInternalName(BiConsumer.class), "biConsumer", Type.getInternalName(Supplier.class), "supplier",
            Type.getInternalName(Runnable.class), "runnable");

    private StageCallbacks() {}

    static void wrap(MethodNode method, MethodInsnNode call) {
        Type[] args = Type.getArgumentTypes(call.desc);
        boolean any = false;
        for (Type t : args) {
            any |= t.getSort() == Type.OBJECT && WRAPPERS.containsKey(t.getInternalName());
        }
        if (!any) {
            return;
        }
        InsnList before = new InsnList();
        int[] slots = ArgumentLocals.store(method, args, before);
        for (int i = 0; i < args.length; i++) {
            before.add(new VarInsnNode(args[i].getOpcode(ILOAD), slots[i]));
            String wrapper = args[i].getSort() == Type.OBJECT ? WRAPPERS.get(args[i].getInternalName()) : null;
            if (wrapper != null) {
                String type = args[i].getDescriptor();
                before.add(StandIn.call(StageCallbackModel.class, wrapper));
            }
        }
        method.instructions.insertBefore(call, before);
    }
}
