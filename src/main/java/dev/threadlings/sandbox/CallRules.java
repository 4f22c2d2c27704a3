package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.CallRegistry;
import dev.threadlings.sandbox.calls.CallRule;
import dev.threadlings.sandbox.calls.JdkFamilies;
import dev.threadlings.sandbox.calls.Rewrite;
import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which JDK calls in learner code go to the scheduler instead: a call one of the modelled primitives has a rule for
 * ({@link CallRegistry}) is rewritten by it; the calls of whole families of classes — collections and atomics, a
 * Semaphore's or a Phaser's other methods, CompletableFuture's stages, VarHandle accesses — get a scheduling point
 * in front.
 */
final class CallRules implements Opcodes {
    private static final String PHASER = Type.getInternalName(Phaser.class);
    private static final String SEMAPHORE = Type.getInternalName(Semaphore.class);
    private static final String FUTURE = Type.getInternalName(CompletableFuture.class);
    private static final java.util.Set<String> FUTURES = java.util.Set.of(FUTURE, Type.getInternalName(Future.class),
            Type.getInternalName(FutureTask.class));

    /** The descriptors of List.get(int) and List.set(int, E). */
    private static final String GET = Type.getMethodDescriptor(Type.getType(Object.class), Type.INT_TYPE);
    private static final String SET = Type.getMethodDescriptor(Type.getType(Object.class), Type.INT_TYPE,
            Type.getType(Object.class));

    private CallRules() {}

    static void rewrite(MethodNode method, MethodInsnNode call, ClassFacts facts, String loc) {
        InsnList code = method.instructions;
        CallRule rule = CallRegistry.find(CallRule.Where.BODY, call, facts::jdkSuper);
        if (rule != null) {
            Rewrite.apply(rule.rewrite(), code, call, loc);
            return;
        }
        String o = call.owner;
        int op = call.getOpcode();
        boolean constructor = call.name.equals("<init>");
        if (facts.isA(o, PHASER) && op != INVOKESTATIC && op != INVOKESPECIAL && !constructor) {
            if (o.equals(PHASER)) {
                point(code, call, loc); // getPhase, getArrivedParties, forceTermination…: one step, but a point
            }
        } else if (o.equals(SEMAPHORE) && !constructor) {
            receiverCall(method, call, loc, false); // tryAcquire, availablePermits…
        } else if (FUTURES.contains(o) && !constructor) {
            if (o.equals(FUTURE) && op != INVOKESTATIC) {
                // thenApply, complete…: a hand-off through the future, before and after (a stage may run here)
                StageCallbacks.wrap(method, call);
                int receiver = receiverCall(method, call, loc, false);
                InsnList after = new InsnList();
                after.add(new VarInsnNode(ALOAD, receiver));
                after.add(StandIn.call(SchedulingPoints.class, "afterCall"));
                code.insert(call, after);
            }
        } else if (VarHandleCalls.matches(call)) {
            VarHandleCalls.rewrite(method, call, loc);
        } else if ((JdkFamilies.COLLECTIONS.contains(o) || JdkFamilies.isAtomic(o)) && !constructor) {
            if (op == INVOKESTATIC) {
                point(code, call, loc);
            } else {
                // a collection's call runs the elements' own methods too (compareTo in a PriorityBlockingQueue's
                // sift, equals in a ConcurrentHashMap's bin), inside the JDK's locks: no switch in there either
                receiverCall(method, call, loc, JdkFamilies.mentionsFunction(call.desc)
                        || JdkFamilies.COLLECTIONS.contains(o));
            }
        }
    }

    /** {@code get(int)} and {@code set(int, E)} of a list: the element's index goes to the point too. */
    static boolean indexed(MethodInsnNode call) {
        return JdkFamilies.COLLECTIONS.contains(call.owner) && call.getOpcode() != INVOKESTATIC
                && (call.name.equals("get") && call.desc.equals(GET) || call.name.equals("set") && call.desc.equals(SET));
    }

    /**
     * In a static initializer only bookkeeping — which lock a Condition or a view belongs to, the threads it starts
     * (managed, run once the initializer is done, see ThreadModel.start) — and the factories of the pools the
     * runtime manages (a pool kept in a static field is the model's, as anywhere else).
     */
    static void rewriteInInitializer(InsnList code, MethodInsnNode call, ClassFacts facts, String loc) {
        CallRule rule = CallRegistry.find(CallRule.Where.INITIALIZER, call, facts::jdkSuper);
        if (rule != null) {
            Rewrite.apply(rule.rewrite(), code, call, loc);
        }
    }

    /**
     * Before a call on a collection, an atomic or a CompletableFuture: a scheduling point that sees the receiver
     * (the race detector orders calls on thread-safe objects and treats others as shared variables). The
     * arguments wait in fresh locals while the receiver is copied from under them. A call that takes a function
     * (computeIfAbsent, merge, updateAndGet) may run learner code inside JDK code that holds the JDK's own locks:
     * with {@code atomic}, no thread switch may happen until it returns. Returns the local holding the receiver.
     */
    private static int receiverCall(MethodNode method, MethodInsnNode call, String loc, boolean atomic) {
        Type[] args = Type.getArgumentTypes(call.desc);
        InsnList before = new InsnList();
        int[] slots = ArgumentLocals.store(method, args, before);
        int receiver = method.maxLocals++;
        before.add(new InsnNode(DUP));
        before.add(new InsnNode(DUP));
        before.add(new VarInsnNode(ASTORE, receiver));
        boolean indexed = indexed(call);
        if (indexed) {
            before.add(new VarInsnNode(ILOAD, slots[0]));
        }
        before.add(new LdcInsnNode(ClassFacts.display(call.owner) + "." + call.name + "()"));
        before.add(new LdcInsnNode(loc));
        before.add(StandIn.call(SchedulingPoints.class, indexed ? "indexedPoint" : "collectionPoint"));
        if (atomic) {
            before.add(StandIn.call(SchedulingPoints.class, "enterAtomic"));
        }
        for (int i = 0; i < args.length; i++) {
            before.add(new VarInsnNode(args[i].getOpcode(ILOAD), slots[i]));
        }
        method.instructions.insertBefore(call, before);
        if (atomic) {
            InsnList after = new InsnList();
            after.add(new VarInsnNode(ALOAD, receiver));
            after.add(StandIn.call(SchedulingPoints.class, "exitAtomicOn"));
            method.instructions.insert(call, after);
        }
        return receiver;
    }

    /**
     * A scheduling point in front of a call that runs as one step. A call that takes a function (computeIfAbsent,
     * merge, forEach) may run learner code inside JDK code that holds the JDK's own locks: no thread switch may
     * happen in there, so the call is marked atomic while it runs.
     */
    private static void point(InsnList code, MethodInsnNode call, String loc) {
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(ClassFacts.display(call.owner) + "." + call.name + "()"));
        l.add(new LdcInsnNode(loc));
        l.add(StandIn.call(SchedulingPoints.class, "point"));
        boolean callsBack = JdkFamilies.mentionsFunction(call.desc);
        if (callsBack) {
            l.add(StandIn.call(SchedulingPoints.class, "enterAtomic"));
            code.insert(call, StandIn.call(SchedulingPoints.class, "exitAtomic"));
        }
        code.insertBefore(call, l);
    }
}
