package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.model.MemoryAccesses;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.util.HashMap;
import java.util.Map;
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
 * Instruments one method: arrays and monitors here, fields through {@link FieldHooks}, calls through
 * {@link CallRules}. For a free run
 * ({@code free}), only the race detector's hooks: real monitors and JDK calls stay (calls through
 * {@link FreeCallRules}), and no scheduling points are added.
 */
final class MethodRewriter implements Opcodes {
    private static final StandIn MONITOR_ENTER = StandIn.of(SchedulingPoints.class, "monitorEnter");
    private static final StandIn MONITOR_EXIT = StandIn.of(SchedulingPoints.class, "monitorExit");
    /** The end of a constructor, explored or free: its final fields are frozen. */
    private static final StandIn CONSTRUCTED = StandIn.of(MemoryAccesses.class, "constructed");
    private static final StandIn CONSTRUCTED_FREE = StandIn.of(FreeRunHooks.class, "constructed");
    /** Before an array element is read or written, explored or free. */
    private static final StandIn ELEMENT = StandIn.of(MemoryAccesses.class, "element");
    private static final StandIn ELEMENT_FREE = StandIn.of(FreeRunHooks.class, "element");

    private final ClassNode owner;
    private final MethodNode method;
    private final ClassFacts facts;
    private final IntFunction<String> location;
    private final boolean free;
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
    }

    /** A static initializer gets only bookkeeping rewrites, no scheduling points (see {@link Instrumenter}). */
    void rewriteInitializer() {
        line = firstLine();
        HolderNames.apply(owner.name, method, null);
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
        if (!free) {
            HolderNames.apply(owner.name, method, superCall);
        }
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn == superCall) {
                beforeSuper = false;
            }
            if (insn.getOpcode() == RETURN && method.name.equals("<init>") && facts.hasFinalFields(owner.name)) {
                InsnList l = new InsnList();              // the end of a constructor freezes its final fields
                l.add(new VarInsnNode(ALOAD, 0));
                l.add((free ? CONSTRUCTED_FREE : CONSTRUCTED).call());
                method.instructions.insertBefore(insn, l);
            }
            if (insn instanceof LineNumberNode ln) {
                line = ln.line;
            } else if (insn instanceof FieldInsnNode f) {
                FieldHooks.insert(method, f, facts, loc(), free, beforeSuper);
            } else if (insn instanceof MethodInsnNode call) {
                if (free) {
                    FreeCallRules.rewrite(method, call, facts, loc());
                } else {
                    PureCalls.mark(method, call, facts);
                    ArgumentAccesses.hook(method, call, loc());
                    CallRules.rewrite(method, call, facts, loc());
                }
            } else if (!free && insn instanceof TypeInsnNode t && PoolCastHooks.hooked(t)) {
                PoolCastHooks.insert(method, t, loc());
            } else {
                int op = insn.getOpcode();
                if (free && op == MONITORENTER) {              // the real monitor, then the detector hears of it
                    FreeRunCode.entered(method, insn);
                } else if (free && op == MONITOREXIT) {
                    FreeRunCode.leaving(method, insn);
                } else if (op == MONITORENTER || op == MONITOREXIT) {
                    InsnList l = new InsnList();
                    l.add(new LdcInsnNode(loc()));
                    l.add((op == MONITORENTER ? MONITOR_ENTER : MONITOR_EXIT).call());
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
            InterruptHandlers.hook(method);
            BodyWrapper.applyFree(owner, method, facts);
            FreeCallRules.guardThrowingCalls(method, superCall, facts);
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
        l.add((free ? ELEMENT_FREE : ELEMENT).call());
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
        Map<String, Integer> pending = new HashMap<>();
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
}
