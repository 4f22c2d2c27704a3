package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes a learner class's static initialization re-runnable, so the explorer can reuse loaded classes (and their
 * linked lambdas) from one schedule to the next instead of defining everything afresh: the static initializer
 * moves into {@value #RESET}, which first puts every static field back to its default; {@code <clinit>} calls it
 * and then tells the runtime the class is initialized. Static fields lose {@code final} so the reset may assign
 * them; constants (with a ConstantValue) are inlined by javac and left alone. Enums and interfaces cannot be reset
 * (an interface's fields must stay final; an enum's constants must stay the JDK's cached ones), so one that keeps
 * state — an interface field set by its initializer, an enum with a mutable field or a static one besides its
 * constants — tells the runtime at initialization ({@code SchedulingPoints.keepsState}), and every later schedule defines
 * the classes afresh: state left by one schedule must never reach the next.
 */
final class Reinit implements Opcodes {
    private static final String ENUM = Type.getInternalName(Enum.class);
    private static final String STRING = Type.getDescriptor(String.class);
    /** An initializer's descriptor: no arguments, no result. */
    private static final String NO_ARGUMENTS = Type.getMethodDescriptor(Type.VOID_TYPE);
    static final String RESET = "threadlings$reset";
    private static final String RESET_DESC = Type.getMethodDescriptor(Type.VOID_TYPE);
    private static final StandIn CLASS_INITIALIZED = StandIn.of(SchedulingPoints.class, "classInitialized");
    private static final StandIn KEEPS_STATE = StandIn.of(SchedulingPoints.class, "keepsState");

    private Reinit() {}

    static void apply(ClassNode c) {
        boolean skip = (c.access & (ACC_INTERFACE | ACC_ENUM | ACC_ANNOTATION)) != 0
                || ENUM.equals(c.superName) || c.name.startsWith("REPL/$JShell$") && ClassFacts.display(
                c.name).isEmpty();
        List<FieldNode> statics = new ArrayList<>();
        for (FieldNode f : c.fields) {
            if ((f.access & ACC_STATIC) != 0 && f.value == null) {
                statics.add(f);
            }
        }
        if (skip) {
            if (keepsState(c)) {
                announceState(c);
            }
            return;
        }
        if (statics.isEmpty()) {
            return;
        }
        MethodNode clinit = c.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElse(null);
        MethodNode reset = new MethodNode(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC, RESET, RESET_DESC, null, null);
        InsnList body = new InsnList();
        for (FieldNode f : statics) {
            f.access &= ~ACC_FINAL;
            body.add(defaultValue(Type.getType(f.desc)));
            body.add(new FieldInsnNode(PUTSTATIC, c.name, f.name, f.desc));
        }
        if (clinit != null) {
            reset.instructions = body;
            reset.instructions.add(clinit.instructions);
            reset.tryCatchBlocks = clinit.tryCatchBlocks;
            reset.localVariables = clinit.localVariables;
            c.methods.remove(clinit);
        } else {
            reset.instructions = body;
            reset.instructions.add(new InsnNode(RETURN));
        }
        c.methods.add(reset);
        MethodNode init = new MethodNode(ACC_STATIC, "<clinit>", NO_ARGUMENTS, null, null);
        init.instructions.add(new MethodInsnNode(INVOKESTATIC, c.name, RESET, RESET_DESC, false));
        init.instructions.add(new LdcInsnNode(Type.getObjectType(c.name)));
        init.instructions.add(CLASS_INITIALIZED.call());
        init.instructions.add(new InsnNode(RETURN));
        c.methods.add(init);
    }

    /** An interface whose initializer sets a field, or an enum whose constants or statics can change. */
    private static boolean keepsState(ClassNode c) {
        boolean isEnum = (c.access & ACC_ENUM) != 0 || ENUM.equals(c.superName);
        if ((c.access & ACC_INTERFACE) != 0) {
            return c.fields.stream().anyMatch(f -> (f.access & ACC_STATIC) != 0 && f.value == null);
        }
        if (!isEnum) {
            return false;
        }
        for (FieldNode f : c.fields) {
            boolean isStatic = (f.access & ACC_STATIC) != 0;
            if (isStatic && ((f.access & ACC_ENUM) != 0 || f.value != null
                    || (f.access & ACC_SYNTHETIC) != 0 && f.name.equals("$VALUES"))) {
                continue; // the constants themselves, $VALUES and compile-time constants
            }
            if (isStatic || (f.access & ACC_FINAL) == 0 || !immutableType(f.desc)) {
                return true;
            }
        }
        return false;
    }

    private static boolean immutableType(String desc) {
        Type t = Type.getType(desc);
        return t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY || desc.equals(STRING);
    }

    /** Calls SchedulingPoints.keepsState first thing in the class's initializer (one is added when there is none). */
    private static void announceState(ClassNode c) {
        MethodNode clinit = c.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElse(null);
        if (clinit == null) {
            clinit = new MethodNode(ACC_STATIC, "<clinit>", NO_ARGUMENTS, null, null);
            clinit.instructions.add(new InsnNode(RETURN));
            c.methods.add(clinit);
        }
        InsnList call = new InsnList();
        call.add(new LdcInsnNode(Type.getObjectType(c.name)));
        call.add(KEEPS_STATE.call());
        clinit.instructions.insert(call);
    }

    private static InsnNode defaultValue(Type t) {
        return new InsnNode(switch (t.getSort()) {
            case Type.LONG -> LCONST_0;
            case Type.FLOAT -> FCONST_0;
            case Type.DOUBLE -> DCONST_0;
            case Type.OBJECT, Type.ARRAY -> ACONST_NULL;
            default -> ICONST_0;
        });
    }
}
