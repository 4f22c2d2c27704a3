package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import dev.threadlings.sandbox.runtime.model.MemoryAccesses;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The hooks around one access to a learner class's field: explored, a scheduling point (after a read, with the
 * value read; before a write) and the race detector's hook; free, only the detector's. A final field gets no point
 * (it cannot change once constructed), only the detector's hook, since a read through an escaped {@code this}
 * still races with the constructor's write.
 */
final class FieldHooks implements Opcodes {
    /** {@code MemoryAccesses.readI} … {@code writeL} by access and value kind: the value passes through them. */
    private static final Map<String, StandIn> STEPS = new HashMap<>();
    private static final StandIn POINT = StandIn.of(SchedulingPoints.class, "point");

    static {
        for (String access : new String[] {"read", "write"}) {
            for (String kind : new String[] {"I", "Z", "J", "F", "D", "L"}) {
                STEPS.put(access + kind, StandIn.of(MemoryAccesses.class, access + kind));
            }
        }
    }

    private FieldHooks() {}

    /** The class the race detector's hooks are static methods of: the explorer's or a free run's. */
    static Class<?> runtime(boolean free) {
        return free ? FreeRunHooks.class : MemoryAccesses.class;
    }

    /** {@code beforeSuper}: the access comes before super(…), when {@code this} cannot have reached another thread. */
    static void insert(MethodNode method, FieldInsnNode f, ClassFacts facts, String loc, boolean free,
                       boolean beforeSuper) {
        boolean read = f.getOpcode() == GETFIELD || f.getOpcode() == GETSTATIC;
        if (!facts.learnerClass(f.owner) || f.name.startsWith("this$")) {
            return;
        }
        String cls = ClassFacts.display(f.owner);
        String what = cls.isEmpty() ? f.name : cls + "." + f.name;
        if (read && facts.finalField(f.owner, f.name)) {
            if (f.getOpcode() == GETFIELD && !beforeSuper) {
                RaceHooks.insert(method, f, true, what, facts, loc, runtime(free), free);
            }
            return;
        }
        Type type = Type.getType(f.desc);
        boolean reference = type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        if (cls.isEmpty() && reference) {
            if (!read && !free) { // no point, but a change all the same: no spin is proved across it
                method.instructions.insertBefore(f, StandIn.call(SchedulingPoints.class, "opaque"));
            }
            return; // a script variable holding an object (a Thread, a Counter): set once, noise in a trace
        }
        if (free) {
            // a volatile read stays: it acquires, which the write that follows does not
            if (!(read && f.getOpcode() == GETFIELD && FreeRunCode.compound(f) && !facts.volatileField(f.owner, f.name))
                    && !beforeSuper) {
                RaceHooks.insert(method, f, read, what, facts, loc, runtime(true), true);
            }
            return;
        }
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(what));
        l.add(new LdcInsnNode(loc));
        l.add(STEPS.get((read ? "read" : "write") + kind(type)).call());
        if (reference && !type.equals(Type.getType(Object.class))) {
            l.add(new TypeInsnNode(CHECKCAST, type.getSort() == Type.ARRAY ? f.desc : type.getInternalName()));
        }
        if (read) {
            method.instructions.insert(f, l);
        } else {
            method.instructions.insertBefore(f, l);
            if (facts.volatileField(f.owner, f.name)) {
                // reads switch after the value is read and writes before the write, so `v = 1; r = w;` would be
                // one step: store buffering's r1 = r2 = 1 (both writes, then both reads) was never run. A point
                // with no text (plain writes need none: one that races is reported anyway)
                InsnList after = new InsnList();
                after.add(new InsnNode(ACONST_NULL));
                after.add(new LdcInsnNode(loc));
                after.add(POINT.call());
                method.instructions.insert(f, after);
            }
        }
        if (!beforeSuper) {
            RaceHooks.insert(method, f, read, what, facts, loc, runtime(false), false);
        }
    }

    /** The value kind of a field's stand-in: booleans pass as int, every reference as Object. */
    private static String kind(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            case Type.OBJECT, Type.ARRAY -> "L";
            default -> "I";
        };
    }
}
