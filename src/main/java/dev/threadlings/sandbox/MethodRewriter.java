package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.Sched;
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
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Instruments one method: fields, arrays and monitors here; calls through {@link CallRules}. For a free run
 * ({@code free}), only the race detector's hooks: real monitors and JDK calls stay (calls through
 * {@link FreeCallRules}), and no scheduling points are added.
 */
final class MethodRewriter implements Opcodes {
    static final String SCHED = Type.getInternalName(Sched.class);
    private static final String STR = "Ljava/lang/String;";

    private final ClassNode owner;
    private final MethodNode method;
    private final ClassFacts facts;
    private final IntFunction<String> location;
    private final boolean free;
    private final String runtime;
    private int line;
    /** In a constructor, the call of super(…) or this(…): before it, {@code this} may not be passed anywhere. */
    private AbstractInsnNode superCall;
    private boolean beforeSuper;

    MethodRewriter(ClassNode owner, MethodNode method, ClassFacts facts, IntFunction<String> location, boolean free) {
        this.owner = owner;
        this.method = method;
        this.facts = facts;
        this.location = location;
        this.free = free;
        this.runtime = free ? FreeCallRules.DETECT : SCHED;
    }

    /** A static initializer gets only bookkeeping rewrites, no scheduling points (see {@link Instrumenter}). */
    void rewriteInitializer() {
        line = firstLine();
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof LineNumberNode ln) {
                line = ln.line;
            } else if (insn instanceof MethodInsnNode call) {
                CallRules.rewriteInInitializer(method.instructions, call, facts, loc());
            }
        }
    }

    /** A free run's static initializer: not followed (see BodyWrapper.applyFreeInitializer), lock bookkeeping kept. */
    void rewriteInitializerFree() {
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof MethodInsnNode call) {
                FreeCallRules.rewriteInInitializer(method, call, facts);
            }
        }
        BodyWrapper.applyFreeInitializer(owner, method);
    }

    void rewrite() {
        line = firstLine();
        superCall = method.name.equals("<init>") ? superCall() : null;
        beforeSuper = superCall != null;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn == superCall) {
                beforeSuper = false;
            }
            if (insn.getOpcode() == RETURN && method.name.equals("<init>") && facts.hasFinalFields(owner.name)) {
                InsnList l = new InsnList();              // the end of a constructor freezes its final fields
                l.add(new VarInsnNode(ALOAD, 0));
                l.add(new MethodInsnNode(INVOKESTATIC, runtime, "constructed", "(Ljava/lang/Object;)V"));
                method.instructions.insertBefore(insn, l);
            }
            if (insn instanceof LineNumberNode ln) {
                line = ln.line;
            } else if (insn instanceof FieldInsnNode f) {
                field(f);
            } else if (insn instanceof MethodInsnNode call) {
                if (free) {
                    FreeCallRules.rewrite(method, call, facts, loc());
                } else {
                    ArgumentAccesses.hook(method, call, loc());
                    CallRules.rewrite(method, call, facts, loc());
                }
            } else {
                int op = insn.getOpcode();
                if (free && op == MONITORENTER) {              // the real monitor, then the detector hears of it
                    FreeRunCode.entered(method, insn);
                } else if (free && op == MONITOREXIT) {
                    FreeRunCode.leaving(method, insn);
                } else if (op == MONITORENTER || op == MONITOREXIT) {
                    InsnList l = new InsnList();
                    l.add(new LdcInsnNode(loc()));
                    l.add(new MethodInsnNode(INVOKESTATIC, SCHED, op == MONITORENTER ? "monitorEnter" : "monitorExit",
                            "(Ljava/lang/Object;" + STR + ")V"));
                    method.instructions.insertBefore(insn, l);
                    method.instructions.remove(insn);
                } else if (op >= IALOAD && op <= SALOAD && !(free && FreeRunCode.compound(insn))) {
                    InsnList l = new InsnList();
                    l.add(new InsnNode(DUP2));                      // array, index
                    l.add(elementHook(0));
                    method.instructions.insertBefore(insn, l);
                } else if (op >= IASTORE && op <= SASTORE) {
                    Type value = switch (op) {
                        case LASTORE -> Type.LONG_TYPE;
                        case DASTORE -> Type.DOUBLE_TYPE;
                        case FASTORE -> Type.FLOAT_TYPE;
                        case AASTORE -> Type.getType(Object.class);
                        default -> Type.INT_TYPE;
                    };
                    int tmp = newLocal(value);
                    InsnList l = new InsnList();
                    l.add(new VarInsnNode(value.getOpcode(ISTORE), tmp));
                    l.add(new InsnNode(DUP2));
                    l.add(elementHook(1));
                    l.add(new VarInsnNode(value.getOpcode(ILOAD), tmp));
                    method.instructions.insertBefore(insn, l);
                }
            }
        }
        if (free) {
            BodyWrapper.applyFree(owner, method, facts);
            FreeCallRules.guardThrowingCalls(method, superCall);
        } else {
            BodyWrapper.apply(owner, method, facts, location.apply(firstLine()));
            AtomicGuard.apply(method, superCall);
        }
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

    private InsnList elementHook(int kind) {
        InsnList l = new InsnList();
        l.add(new InsnNode(ICONST_0 + kind));
        l.add(new LdcInsnNode(loc()));
        l.add(new MethodInsnNode(INVOKESTATIC, runtime, "element", "(Ljava/lang/Object;II" + STR + ")V"));
        return l;
    }

    /** A fresh local variable slot for a value held across inserted code (the method gains no members). */
    int newLocal(Type type) {
        int index = method.maxLocals;
        method.maxLocals += type.getSize();
        return index;
    }

    /**
     * The invokespecial that initializes {@code this}: the first {@code <init>} call not matched by an earlier
     * {@code new} of the same class (arguments like {@code super(new Foo())} make their own objects first).
     */
    private AbstractInsnNode superCall() {
        java.util.Map<String, Integer> pending = new java.util.HashMap<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == NEW) {
                pending.merge(((TypeInsnNode) insn).desc, 1, Integer::sum);
            } else if (insn instanceof MethodInsnNode call && call.getOpcode() == INVOKESPECIAL
                    && call.name.equals("<init>")) {
                Integer n = pending.get(call.owner);
                if (n == null || n == 0) {
                    return call;
                }
                pending.put(call.owner, n - 1);
            }
        }
        return null;
    }

    private void field(FieldInsnNode f) {
        boolean read = f.getOpcode() == GETFIELD || f.getOpcode() == GETSTATIC;
        if (!facts.learnerClass(f.owner) || f.name.startsWith("this$")) {
            return;
        }
        String cls = ClassFacts.display(f.owner);
        if (read && facts.finalField(f.owner, f.name)) {
            // no scheduling point: a final field cannot change once constructed; but the race detector hears of
            // the read, which races with the constructor's write if `this` escaped before it
            if (f.getOpcode() == GETFIELD) {
                raceHook(f, true, cls.isEmpty() ? f.name : cls + "." + f.name);
            }
            return;
        }
        Type type = Type.getType(f.desc);
        boolean reference = type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        if (cls.isEmpty() && reference) {
            return; // a script variable holding an object (a Thread, a Counter): set once, noise in a trace
        }
        String what = cls.isEmpty() ? f.name : cls + "." + f.name;
        if (free) {
            // a volatile read stays: it acquires, which the write that follows does not
            if (!(read && f.getOpcode() == GETFIELD && FreeRunCode.compound(f) && !facts.volatileField(f.owner, f.name))) {
                raceHook(f, read, what);
            }
            return;
        }
        String kind = switch (type.getSort()) {
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
                after.add(new LdcInsnNode(loc()));
                after.add(new MethodInsnNode(INVOKESTATIC, SCHED, "point", "(" + STR + STR + ")V"));
                method.instructions.insert(f, after);
            }
        }
        raceHook(f, read, what);
    }

    private void raceHook(FieldInsnNode f, boolean read, String what) {
        if (!beforeSuper) {          // before super(…), `this` cannot have been handed to another thread
            RaceHooks.insert(method, f, read, what, facts, loc(), runtime, free);
        }
    }
}
