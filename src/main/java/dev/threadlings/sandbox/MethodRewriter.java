package dev.threadlings.sandbox;

import java.util.function.IntFunction;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/** Instruments one method: fields, arrays and monitors here; calls through {@link CallRules}. */
final class MethodRewriter implements Opcodes {
    static final String SCHED = "dev/threadlings/sandbox/runtime/Sched";
    private static final String STR = "Ljava/lang/String;";

    private final ClassNode owner;
    private final MethodNode method;
    private final ClassFacts facts;
    private final IntFunction<String> location;
    private int line;
    private boolean initializer;

    MethodRewriter(ClassNode owner, MethodNode method, ClassFacts facts, IntFunction<String> location) {
        this.owner = owner;
        this.method = method;
        this.facts = facts;
        this.location = location;
    }

    /** A static initializer gets only bookkeeping rewrites, no scheduling points (see {@link Instrumenter}). */
    void rewriteInitializer() {
        initializer = true;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof MethodInsnNode call) {
                CallRules.rewriteInInitializer(call);
            }
        }
    }

    void rewrite() {
        line = firstLine();
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof LineNumberNode ln) {
                line = ln.line;
            } else if (insn instanceof FieldInsnNode f) {
                field(f);
            } else if (insn instanceof MethodInsnNode call) {
                CallRules.rewrite(method.instructions, call, facts, loc());
            } else {
                int op = insn.getOpcode();
                if (op == MONITORENTER || op == MONITOREXIT) {
                    InsnList l = new InsnList();
                    l.add(new LdcInsnNode(loc()));
                    l.add(new MethodInsnNode(INVOKESTATIC, SCHED, op == MONITORENTER ? "monitorEnter" : "monitorExit",
                            "(Ljava/lang/Object;" + STR + ")V"));
                    method.instructions.insertBefore(insn, l);
                    method.instructions.remove(insn);
                } else if (op >= IALOAD && op <= SALOAD || op >= IASTORE && op <= SASTORE) {
                    method.instructions.insertBefore(insn, point(op <= SALOAD ? "array read" : "array write"));
                }
            }
        }
        BodyWrapper.apply(owner, method, facts, location.apply(firstLine()));
    }

    private int firstLine() {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LineNumberNode ln) {
                return ln.line;
            }
        }
        return 0;
    }

    private String loc() {
        return location.apply(line);
    }

    private InsnList point(String what) {
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(what));
        l.add(new LdcInsnNode(loc()));
        l.add(new MethodInsnNode(INVOKESTATIC, SCHED, "point", "(" + STR + STR + ")V"));
        return l;
    }

    private void field(FieldInsnNode f) {
        boolean read = f.getOpcode() == GETFIELD || f.getOpcode() == GETSTATIC;
        // a final field cannot race once constructed, but its write in a constructor can (this escaping)
        if (!facts.learnerClass(f.owner) || read && facts.finalField(f.owner, f.name) || f.name.startsWith("this$")) {
            return;
        }
        String cls = ClassFacts.display(f.owner);
        Type type = Type.getType(f.desc);
        boolean reference = type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        if (cls.isEmpty() && reference) {
            return; // a script variable holding an object (a Thread, a Counter): set once, noise in a trace
        }
        String what = cls.isEmpty() ? f.name : cls + "." + f.name;
        Type t = Type.getType(f.desc);
        String kind = switch (t.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            case Type.OBJECT, Type.ARRAY -> "L";
            default -> "I";
        };
        String valueDesc = switch (kind) {
            case "Z" -> "I";
            case "L" -> "Ljava/lang/Object;";
            default -> kind;
        };
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(what));
        l.add(new LdcInsnNode(loc()));
        l.add(new MethodInsnNode(INVOKESTATIC, SCHED, (read ? "read" : "write") + kind,
                "(" + valueDesc + STR + STR + ")" + valueDesc));
        if (kind.equals("L") && !f.desc.equals("Ljava/lang/Object;")) {
            l.add(new TypeInsnNode(CHECKCAST, t.getSort() == Type.ARRAY ? f.desc : t.getInternalName()));
        }
        if (read) {
            method.instructions.insert(f, l);
        } else {
            method.instructions.insertBefore(f, l);
        }
    }

    static InsnNode insn(int op) {
        return new InsnNode(op);
    }
}
