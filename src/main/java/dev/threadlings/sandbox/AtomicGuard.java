package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * A JDK call that runs learner callbacks (computeIfAbsent, updateAndGet) is marked atomic while it runs
 * ({@code SchedulingPoints.enterAtomic} … {@code exitAtomic}); when the callback throws, the exit after the call is skipped,
 * and the thread would never be preempted again in that schedule. Each such call gets a handler of its own that
 * leaves the atomic section and rethrows. The handler sits at the end of the method; its frame is the frame of the
 * learner's own innermost handler around the call (javac's, valid at every instruction of that try block), or no
 * locals at all, and the learner's handlers cover it too, so a {@code catch} around the call still catches.
 */
final class AtomicGuard implements Opcodes {
    private AtomicGuard() {}

    /**
     * {@code superCall}: in a constructor, the super(…) or this(…) call; calls before it are left alone (a
     * handler's frame there would have to describe {@code this} as uninitialized).
     */
    private static final StandIn ENTER = StandIn.of(SchedulingPoints.class, "enterAtomic");

    static void apply(MethodNode m, AbstractInsnNode superCall) {
        guard(m, guardedCalls(m), SchedulingPoints.class, "exitAtomic", superCall);
    }

    /**
     * Gives each of {@code calls} a handler that calls {@code owner.hook()} and rethrows (also used by free runs:
     * a wait() that ends in InterruptedException, a get() that throws, still synchronize).
     */
    static void guard(MethodNode m, List<MethodInsnNode> calls, Class<?> owner, String hook,
                      AbstractInsnNode superCall) {
        if (superCall != null) {
            int init = m.instructions.indexOf(superCall);
            calls.removeIf(c -> m.instructions.indexOf(c) < init);
        }
        if (calls.isEmpty()) {
            return;
        }
        List<TryCatchBlockNode> own = new ArrayList<>();
        List<TryCatchBlockNode> copies = new ArrayList<>();
        for (MethodInsnNode call : calls) {
            List<TryCatchBlockNode> covering = covering(m, call);
            FrameNode frame = frame(covering.isEmpty() ? null : covering.getFirst());
            if (frame == null) {
                continue;                             // no frame to match the learner's handler: left as it was
            }
            LabelNode start = new LabelNode();
            LabelNode end = new LabelNode();
            LabelNode handler = new LabelNode();
            LabelNode handlerEnd = new LabelNode();
            m.instructions.insertBefore(call, start);
            m.instructions.insert(call, end);
            InsnList code = new InsnList();
            code.add(handler);
            code.add(frame);
            code.add(StandIn.call(owner, hook));
            code.add(new InsnNode(ATHROW));
            code.add(handlerEnd);
            m.instructions.add(code);
            own.add(new TryCatchBlockNode(start, end, handler, null));
            for (TryCatchBlockNode t : covering) {
                copies.add(new TryCatchBlockNode(handler, handlerEnd, t.handler, t.type));
            }
        }
        m.tryCatchBlocks.addAll(0, own);          // innermost first: they cover one call each
        m.tryCatchBlocks.addAll(copies);          // their ranges are new code that no other block covers
    }

    /** The JDK call after each {@code enterAtomic} (its arguments are reloaded from locals in between). */
    private static List<MethodInsnNode> guardedCalls(MethodNode m) {
        List<MethodInsnNode> out = new ArrayList<>();
        for (AbstractInsnNode n : m.instructions) {
            if (n instanceof MethodInsnNode enter && ENTER.calledBy(enter)) {
                for (AbstractInsnNode x = enter.getNext(); x != null; x = x.getNext()) {
                    if (x instanceof MethodInsnNode call) {
                        out.add(call);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The learner's try blocks around the call, innermost first (the order of the exception table). */
    private static List<TryCatchBlockNode> covering(MethodNode m, AbstractInsnNode call) {
        int at = m.instructions.indexOf(call);
        List<TryCatchBlockNode> out = new ArrayList<>();
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            if (m.instructions.indexOf(t.start) < at && at < m.instructions.indexOf(t.end)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The handler's frame: the learner handler's locals (or none), the exception on the stack; null if unknown. */
    private static FrameNode frame(TryCatchBlockNode inner) {
        Object[] stack = {Type.getInternalName(Throwable.class)};
        if (inner == null) {
            return new FrameNode(F_NEW, 0, new Object[0], 1, stack);
        }
        for (AbstractInsnNode n = inner.handler.getNext(); n != null && n.getOpcode() < 0; n = n.getNext()) {
            if (n instanceof FrameNode f && f.local != null) {
                return new FrameNode(F_NEW, f.local.size(), f.local.toArray(), 1, stack);
            }
        }
        return null;
    }
}
