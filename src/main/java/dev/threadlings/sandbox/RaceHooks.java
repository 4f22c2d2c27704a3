package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The race detector's hook at a field access, for both the explorer's instrumentation and a free run's: the owner
 * object (null for a static field), for a reference field being written its old and new value (publishing an
 * immutable object into an empty field is safe), the field, read or write, volatile or final. Static finals are
 * left out (initialized before anything runs).
 */
final class RaceHooks implements Opcodes {

    private RaceHooks() {}

    /**
     * Calls {@code runtime.field(…)} right before the access; with {@code volatileReadAfter}, a volatile read's
     * hook comes right after it instead — a free run's threads really run at once, and a read acquires only what
     * was released before the value it saw.
     */
    static void insert(MethodNode method, FieldInsnNode f, boolean read, String what, ClassFacts facts, String loc,
                       Class<?> runtime, boolean volatileReadAfter) {
        boolean isStatic = f.getOpcode() == GETSTATIC || f.getOpcode() == PUTSTATIC;
        boolean isFinal = facts.finalField(f.owner, f.name);
        if (isFinal && isStatic) {
            return;
        }
        int kind = (read ? 0 : 1) | (facts.volatileField(f.owner, f.name) ? 2 : 0) | (isFinal ? 4 : 0);
        InsnList l = new InsnList();
        int tmp = -1;
        Type value = Type.getType(f.desc);
        boolean reference = value.getSort() == Type.OBJECT || value.getSort() == Type.ARRAY;
        // arguments: owner (null if static), the old and the new value of a reference field being written (else null)
        if (read && (kind & 2) != 0 && volatileReadAfter) {
            InsnList before = new InsnList();
            int own = -1;
            if (!isStatic) {
                own = method.maxLocals++;
                before.add(new InsnNode(DUP));
                before.add(new VarInsnNode(ASTORE, own));
                method.instructions.insertBefore(f, before);
            }
            l.add(isStatic ? new InsnNode(ACONST_NULL) : new VarInsnNode(ALOAD, own));
            l.add(new InsnNode(ACONST_NULL));
            l.add(new InsnNode(ACONST_NULL));
            l.add(call(f, what, kind, loc, runtime));
            method.instructions.insert(f, l);
            return;
        }
        if (read) {
            l.add(new InsnNode(isStatic ? ACONST_NULL : DUP));
            l.add(new InsnNode(ACONST_NULL));
            l.add(new InsnNode(ACONST_NULL));
        } else {
            tmp = method.maxLocals;
            method.maxLocals += value.getSize();
            l.add(new VarInsnNode(value.getOpcode(ISTORE), tmp));
            if (isStatic) {
                l.add(new InsnNode(ACONST_NULL));
            } else {
                l.add(new InsnNode(DUP));
            }
            if (reference) {
                if (isStatic) {
                    l.add(new FieldInsnNode(GETSTATIC, f.owner, f.name, f.desc));
                } else {
                    l.add(new InsnNode(DUP));
                    l.add(new FieldInsnNode(GETFIELD, f.owner, f.name, f.desc));
                }
                l.add(new VarInsnNode(ALOAD, tmp));
            } else {
                l.add(new InsnNode(ACONST_NULL));
                l.add(new InsnNode(ACONST_NULL));
            }
        }
        l.add(call(f, what, kind, loc, runtime));
        if (tmp >= 0) {
            l.add(new VarInsnNode(value.getOpcode(ILOAD), tmp));
        }
        method.instructions.insertBefore(f, l);
    }


    private static InsnList call(FieldInsnNode f, String what, int kind, String loc, Class<?> runtime) {
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(f.owner + "." + f.name));
        l.add(new LdcInsnNode(what));
        l.add(new InsnNode(ICONST_0 + kind));
        l.add(new LdcInsnNode(loc));
        l.add(StandIn.call(runtime, "field"));
        return l;
    }
}
