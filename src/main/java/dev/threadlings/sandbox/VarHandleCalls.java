package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.VarHandleModel;
import java.lang.invoke.VarHandle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/** VarHandle accesses in learner code: a scheduling point and the access, with its mode, for the race detector. */
final class VarHandleCalls implements Opcodes {

    private VarHandleCalls() {}

    static boolean matches(MethodInsnNode call) {
        return call.owner.equals(Type.getInternalName(VarHandle.class)) && call.getOpcode() == INVOKEVIRTUAL
                && accessMode(call.name);
    }

    /** A VarHandle method that accesses its variable (get, setRelease, compareAndSet…), not varType() and such. */
    private static boolean accessMode(String name) {
        try {
            VarHandle.AccessMode.valueFromMethodName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@code handle.mode(args)} (signature polymorphic: any descriptor) gets {@code VarHandleModel.access(handle,
     * first reference argument or null, second argument if an int or -1, mode, location)} in front; the arguments
     * wait in fresh locals meanwhile.
     */
    static void rewrite(MethodNode method, MethodInsnNode call, String loc) {
        Type[] args = Type.getArgumentTypes(call.desc);
        InsnList before = new InsnList();
        int[] slots = ArgumentLocals.store(method, args, before);
        before.add(new InsnNode(DUP));
        boolean object = args.length > 0 && args[0].getSort() >= Type.ARRAY;
        before.add(object ? new VarInsnNode(ALOAD, slots[0]) : new InsnNode(ACONST_NULL));
        boolean index = args.length > 1 && args[1].getSort() == Type.INT;
        before.add(index ? new VarInsnNode(ILOAD, slots[1]) : new InsnNode(ICONST_M1));
        before.add(new LdcInsnNode(call.name));
        before.add(new LdcInsnNode(loc));
        before.add(StandIn.call(VarHandleModel.class, "access"));
        for (int i = 0; i < args.length; i++) {
            before.add(new VarInsnNode(args[i].getOpcode(ILOAD), slots[i]));
        }
        method.instructions.insertBefore(call, before);
    }
}
