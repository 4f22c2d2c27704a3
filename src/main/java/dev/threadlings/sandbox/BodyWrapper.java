package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.JdkFamilies;
import dev.threadlings.sandbox.calls.JdkMethod;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import dev.threadlings.sandbox.runtime.model.ThreadModel;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Code around a whole method body, with a catch-all handler so it also runs when the body throws:
 * a {@code synchronized} method becomes monitorEnter … monitorExit; a learner {@code Thread} subclass's run()
 * enters and leaves the schedule. The handler's frame holds only the parameters, which javac never reassigns.
 */
final class BodyWrapper implements Opcodes {
    private static final JdkMethod RUN = JdkMethod.method(Runnable.class, "run");
    /** The element methods a collection calls: compareTo, a Comparator's compare, equals, hashCode, getDelay. */
    private static final java.util.Set<String> CALLED_BACK =
            java.util.Set.of("compareTo", "compare", "equals", "hashCode", "getDelay");

    private BodyWrapper() {}

    static void apply(ClassNode owner, MethodNode m, ClassFacts facts, String loc) {
        if ((m.access & ACC_SYNCHRONIZED) != 0) {
            m.access &= ~ACC_SYNCHRONIZED;
            wrap(owner, m, monitorCall(owner, m, "monitorEnter", loc), monitorCall(owner, m, "monitorExit", loc),
                    monitorCall(owner, m, "monitorExit", loc));
        } else if (isRun(m) && facts.isThread(owner.name)) {
            InsnList enter = new InsnList();
            enter.add(call(StandIn.of(ThreadModel.class, "enterBody")));
            enter.add(new InsnNode(POP));
            InsnList normal = new InsnList();
            normal.add(new InsnNode(ICONST_1));
            normal.add(new InsnNode(ACONST_NULL));
            normal.add(call(StandIn.of(ThreadModel.class, "exitBody")));
            InsnList thrown = new InsnList();
            thrown.add(new InsnNode(DUP));
            thrown.add(new InsnNode(ICONST_1));
            thrown.add(new InsnNode(SWAP));
            thrown.add(call(StandIn.of(ThreadModel.class, "exitBody")));
            wrap(owner, m, enter, normal, thrown);
        }
    }

    /**
     * For a free run: a {@code synchronized} method keeps its real monitor, and the detector hears that it was
     * taken and given back (also when the body throws); the end of a learner {@code Thread} subclass's run() is
     * released to whoever joins it.
     */
    static void applyFree(ClassNode owner, MethodNode m, ClassFacts facts) {
        if ((m.access & ACC_SYNCHRONIZED) != 0) {
            InsnList enter = monitorTarget(owner, m);
            enter.add(StandIn.call(FreeRunHooks.class, "monitorEnter"));
            InsnList exit = monitorTarget(owner, m);
            exit.add(StandIn.call(FreeRunHooks.class, "monitorExit"));
            wrap(owner, m, enter, exit, copy(exit));
        } else if (isRun(m) && facts.isThread(owner.name)) {
            InsnList exit = new InsnList();
            exit.add(StandIn.call(FreeRunHooks.class, "bodyExit"));
            wrap(owner, m, new InsnList(), exit, copy(exit));
        } else if (!Instrumenter.isStatic(m) && !m.name.startsWith("<") && (m.access & ACC_SYNTHETIC) == 0
                && JdkFamilies.isConcurrent(String.valueOf(facts.jdkSuper(owner.name)))) {
            // an override the JDK calls back (Phaser.onAdvance, a pool's afterExecute) inside a call on the object
            InsnList enter = new InsnList();
            enter.add(new VarInsnNode(ALOAD, 0));
            enter.add(StandIn.call(FreeRunHooks.class, "callbackEnter"));
            InsnList exit = new InsnList();
            exit.add(new VarInsnNode(ALOAD, 0));
            exit.add(StandIn.call(FreeRunHooks.class, "callbackExit"));
            wrap(owner, m, enter, exit, copy(exit));
        } else if (CALLED_BACK.contains(m.name) && (m.access & (ACC_BRIDGE | ACC_ABSTRACT | ACC_NATIVE)) == 0
                || m.name.startsWith("lambda$")) {
            // a method the JDK may run inside a call on a thread-safe object: a PriorityBlockingQueue's sift calls
            // compareTo or a comparator's lambda, a ConcurrentHashMap's bin equals, under the JDK's own lock
            m.instructions.insert(StandIn.call(FreeRunHooks.class, "calledBack"));
        }
    }

    private static MethodInsnNode call(StandIn s) {
        return s.call();
    }

    private static InsnList monitorTarget(ClassNode owner, MethodNode m) {
        InsnList l = new InsnList();
        if (Instrumenter.isStatic(m)) {
            l.add(new LdcInsnNode(Type.getObjectType(owner.name)));
        } else {
            l.add(new VarInsnNode(ALOAD, 0));
        }
        return l;
    }

    private static InsnList monitorCall(ClassNode owner, MethodNode m, String name, String loc) {
        InsnList l = monitorTarget(owner, m);
        l.add(new LdcInsnNode(loc));
        l.add(StandIn.call(SchedulingPoints.class, name));
        return l;
    }

    /**
     * A free run's static initializer: what it does (and whatever it calls) is not followed, since the JVM orders
     * a class's initialization before every use of the class by any thread (the holder idiom, an enum's constants).
     */
    static void applyFreeInitializer(ClassNode owner, MethodNode m) {
        InsnList enter = new InsnList();
        enter.add(StandIn.call(FreeRunHooks.class, "initializerEnter"));
        InsnList exit = new InsnList();
        exit.add(StandIn.call(FreeRunHooks.class, "initializerExit"));
        wrap(owner, m, enter, exit, copy(exit));
    }

    /**
     * An explored static initializer runs without a switch, down to what it calls (an enum's constructors, a
     * holder's {@code new}): a thread switched out there would hold the JVM's class-initialization lock, and any
     * other thread touching the class would block inside the JVM, where the scheduler cannot see it. Its accesses
     * are not checked for races: the JVM's initialization lock orders them before every use of the class.
     */
    static void applyInitializer(ClassNode owner, MethodNode m) {
        InsnList enter = new InsnList();
        enter.add(StandIn.call(SchedulingPoints.class, "enterInitializer"));
        InsnList exit = new InsnList();
        exit.add(StandIn.call(SchedulingPoints.class, "exitInitializer"));
        wrap(owner, m, enter, exit, copy(exit));
    }

    /** {@code enter}; body with {@code normal} before each return; a catch-all running {@code thrown} then rethrowing. */
    private static void wrap(ClassNode owner, MethodNode m, InsnList enter, InsnList normal, InsnList thrown) {
        List<AbstractInsnNode> returns = new ArrayList<>();
        for (AbstractInsnNode insn : m.instructions) {
            int op = insn.getOpcode();
            if (op >= IRETURN && op <= RETURN) {
                returns.add(insn);
            }
        }
        for (AbstractInsnNode r : returns) {
            m.instructions.insertBefore(r, copy(normal));
        }
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        InsnList head = new InsnList();
        head.add(enter);
        head.add(start);
        m.instructions.insert(head);
        InsnList tail = new InsnList();
        tail.add(end);
        tail.add(handler);
        tail.add(new FrameNode(F_NEW, 0, null, 1, new Object[] {Type.getInternalName(Throwable.class)}));
        FrameNode frame = (FrameNode) tail.getLast();
        frame.local = parameterFrame(owner, m);
        tail.add(thrown);
        tail.add(new InsnNode(ATHROW));
        m.instructions.add(tail);
        m.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null)); // last: the method's own come first
    }

    private static InsnList copy(InsnList l) {
        InsnList out = new InsnList();
        for (AbstractInsnNode insn : l) {
            out.add(insn.clone(null));
        }
        return out;
    }

    /** The locals a method starts with, as an expanded frame: this (unless static), then each parameter. */
    private static List<Object> parameterFrame(ClassNode owner, MethodNode m) {
        List<Object> locals = new ArrayList<>();
        if (!Instrumenter.isStatic(m)) {
            locals.add(m.name.equals("<init>") ? owner.name : owner.name);
        }
        for (Type t : Type.getArgumentTypes(m.desc)) {
            locals.add(switch (t.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> INTEGER;
                case Type.LONG -> LONG;
                case Type.FLOAT -> FLOAT;
                case Type.DOUBLE -> DOUBLE;
                case Type.ARRAY -> t.getDescriptor();
                default -> t.getInternalName();
            });
        }
        return locals;
    }

    /** A Thread's run(): the method the thread's body is. */
    private static boolean isRun(MethodNode m) {
        return m.name.equals(RUN.name()) && m.desc.equals(RUN.desc()) && !Instrumenter.isStatic(m);
    }
}
