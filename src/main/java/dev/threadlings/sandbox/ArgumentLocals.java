package dev.threadlings.sandbox;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A call's arguments moved off the operand stack into fresh locals of {@code method}, last argument first, so that
 * code inserted before the call can reach the receiver (and the arguments) beneath them; the instructions go into
 * {@code into}, and the slot of each argument is returned in argument order.
 */
final class ArgumentLocals {
    private ArgumentLocals() {}

    /** The slot {@link #store} called now would give the first argument (it stores the last one first). */
    static int firstSlot(MethodNode method, Type[] args) {
        int slot = method.maxLocals;
        for (int i = args.length - 1; i > 0; i--) {
            slot += args[i].getSize();
        }
        return slot;
    }

    static int[] store(MethodNode method, Type[] args, InsnList into) {
        int[] slots = new int[args.length];
        for (int i = args.length - 1; i >= 0; i--) {
            slots[i] = method.maxLocals;
            method.maxLocals += args[i].getSize();
            into.add(new VarInsnNode(args[i].getOpcode(Opcodes.ISTORE), slots[i]));
        }
        return slots;
    }
}
