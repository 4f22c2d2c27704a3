package dev.threadlings.sandbox;

import java.lang.invoke.LambdaMetafactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Turns a method reference to a JDK method ({@code threads.forEach(Thread::start)}, {@code anyMatch(Thread::isAlive)},
 * {@code tasks.forEach(pool::submit)}, {@code Thread::new}) into a reference to a small static method of the learner's
 * class that makes the same call with an ordinary call instruction. javac compiles such a reference to an
 * {@code invokedynamic} whose target is the JDK method itself, so no call instruction exists for the instrumentation
 * to route to the scheduler: the thread would start unmanaged, the join or the lock would be invisible. After this
 * pass every call goes through the rules that calls written out in full follow.
 *
 * <p>The new method has exactly the type the method handle had (the receiver first, for an instance method), so the
 * lambda factory adapts arguments (boxing, widening) as it did before. References to the learner's own methods are
 * left alone: their bodies are instrumented where they are.
 */
final class MethodReferences {
    private static final String FACTORY = Type.getInternalName(LambdaMetafactory.class);
    static final String PREFIX = "threadlings$ref$";

    private MethodReferences() {}

    /** Rewrites every JDK method reference in {@code node}; {@code learnerClass} says which classes are the learner's. */
    static void desugar(ClassNode node, Predicate<String> learnerClass) {
        List<MethodNode> added = new ArrayList<>();
        boolean inInterface = (node.access & Opcodes.ACC_INTERFACE) != 0;
        for (MethodNode m : node.methods) {
            int line = 0;
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn instanceof LineNumberNode ln) {
                    line = ln.line;
                } else if (insn instanceof InvokeDynamicInsnNode indy && isJdkReference(indy, learnerClass)) {
                    Handle target = (Handle) indy.bsmArgs[1];
                    MethodNode bridge = bridge(PREFIX + added.size(), target, line);
                    added.add(bridge);
                    Object[] args = indy.bsmArgs.clone();
                    args[1] = new Handle(Opcodes.H_INVOKESTATIC, node.name, bridge.name, bridge.desc, inInterface);
                    indy.bsmArgs = args;
                }
            }
        }
        node.methods.addAll(added);
    }

    private static boolean isJdkReference(InvokeDynamicInsnNode indy, Predicate<String> learnerClass) {
        if (!indy.bsm.getOwner().equals(FACTORY) || indy.bsmArgs.length < 3
                || !(indy.bsmArgs[1] instanceof Handle target)) {
            return false;
        }
        boolean plainCall = switch (target.getTag()) {
            case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE, Opcodes.H_INVOKESTATIC,
                 Opcodes.H_NEWINVOKESPECIAL -> true;
            default -> false; // super::m (invokespecial) must stay where javac put it
        };
        return plainCall && !target.getOwner().startsWith("[") && !learnerClass.test(target.getOwner());
    }

    /** {@code static R name(Owner receiver, A a, B b) { return receiver.target(a, b); }}, or the constructor call. */
    private static MethodNode bridge(String name, Handle target, int line) {
        Type call = Type.getMethodType(target.getDesc());
        List<Type> params = new ArrayList<>();
        Type returns = call.getReturnType();
        boolean instance = target.getTag() == Opcodes.H_INVOKEVIRTUAL || target.getTag() == Opcodes.H_INVOKEINTERFACE;
        if (instance) {
            params.add(Type.getObjectType(target.getOwner()));
        }
        params.addAll(List.of(call.getArgumentTypes()));
        if (target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            returns = Type.getObjectType(target.getOwner());
        }
        String desc = Type.getMethodDescriptor(returns, params.toArray(Type[]::new));
        MethodNode m = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name, desc,
                null, null);
        LabelNode start = new LabelNode();
        m.instructions.add(start);
        if (line > 0) {
            m.instructions.add(new LineNumberNode(line, start)); // the trace shows the learner's line of the reference
        }
        if (target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            m.instructions.add(new TypeInsnNode(Opcodes.NEW, target.getOwner()));
            m.instructions.add(new InsnNode(Opcodes.DUP));
        }
        int slot = 0;
        for (Type p : params) {
            m.instructions.add(new VarInsnNode(p.getOpcode(Opcodes.ILOAD), slot));
            slot += p.getSize();
        }
        int opcode = switch (target.getTag()) {
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            default -> Opcodes.INVOKESPECIAL;
        };
        m.instructions.add(new MethodInsnNode(opcode, target.getOwner(), target.getName(), target.getDesc(),
                target.isInterface()));
        m.instructions.add(new InsnNode(returns.getOpcode(Opcodes.IRETURN)));
        m.maxLocals = slot;
        m.maxStack = slot + 2;
        return m;
    }
}
