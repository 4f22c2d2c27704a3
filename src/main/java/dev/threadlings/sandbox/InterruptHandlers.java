package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * In a free run, a learner handler that can catch an InterruptedException is where the thread determines that it
 * was interrupted (JLS 17.4.4: the interrupt synchronizes-with that point) — whichever JDK call threw it: sleep,
 * wait, join, a queue's take, a lock's lockInterruptibly. Each such handler first tells the detector what it
 * caught ({@code FreeRunHooks.caught}); the exception stays on the stack, so the handler's frame is unchanged.
 */
final class InterruptHandlers implements Opcodes {
    /** The handler types an InterruptedException can arrive at (null: finally, any exception). */
    private static final Set<String> CATCHES = Set.of(Type.getInternalName(InterruptedException.class),
            Type.getInternalName(Exception.class), Type.getInternalName(Throwable.class));

    private InterruptHandlers() {}

    /** Run before the instrumenter adds handlers of its own, so that only the learner's are hooked. */
    static void hook(MethodNode method) {
        Map<LabelNode, Boolean> done = new IdentityHashMap<>();
        for (TryCatchBlockNode t : method.tryCatchBlocks) {
            if ((t.type == null || CATCHES.contains(t.type)) && done.put(t.handler, true) == null) {
                AbstractInsnNode at = t.handler;
                while (at.getNext() != null && at.getNext().getOpcode() < 0) {
                    at = at.getNext(); // past the handler's line number and frame: code starts here
                }
                InsnList l = new InsnList();
                l.add(new InsnNode(DUP));
                l.add(StandIn.call(FreeRunHooks.class, "caught"));
                method.instructions.insert(at, l);
            }
        }
    }
}
