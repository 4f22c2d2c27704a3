package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * What a free run changes in a method body besides its calls: in a synchronized block the real monitor stays, and
 * the race detector hears that it was taken (right after monitorenter) and is about to be given back (before
 * monitorexit); the read half of a compound assignment is left to its write.
 */
final class FreeRunCode implements Opcodes {

    private FreeRunCode() {}

    /** After a monitorenter: the detector hears of the monitor, kept in the local javac already uses for it. */
    static void entered(MethodNode method, AbstractInsnNode enter) {
        // javac keeps the monitor in a local for its monitorexit (dup, astore n, monitorenter): use it
        int held = enter.getPrevious() instanceof VarInsnNode v && v.getOpcode() == ASTORE ? v.var : -1;
        if (held < 0) {
            held = method.maxLocals;
            method.maxLocals += Type.getType(Object.class).getSize();
            InsnList l = new InsnList();
            l.add(new InsnNode(DUP));
            l.add(new VarInsnNode(ASTORE, held));
            method.instructions.insertBefore(enter, l);
        }
        InsnList hook = new InsnList();
        hook.add(new VarInsnNode(ALOAD, held));
        hook.add(StandIn.call(FreeRunHooks.class, "monitorEnter"));
        guardedStart(method, enter, hook);
    }

    /** Before a monitorexit, except javac's path for an exception: no call there (see ConcurrentDetector.monitorEnter). */
    static void leaving(MethodNode method, AbstractInsnNode exit) {
        if (inSelfHandler(method, exit)) {
            return;
        }
        InsnList l = new InsnList();
        l.add(new InsnNode(DUP));
        l.add(StandIn.call(FreeRunHooks.class, "monitorExit"));
        method.instructions.insertBefore(exit, l);
    }

    /**
     * Whether a monitorexit is javac's exception path out of a synchronized block (a handler that covers itself,
     * so that the exit is retried). A call there, with the monitor held, keeps C1 from compiling the method.
     */
    private static boolean inSelfHandler(MethodNode method, AbstractInsnNode exit) {
        for (var t : method.tryCatchBlocks) {
            if (t.start == t.handler) {
                for (AbstractInsnNode n = t.start; n != null && n != t.end; n = n.getNext()) {
                    if (n == exit) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Puts {@code hook} right after a monitorenter, inside the try block javac opens there (its handler gives the
     * monitor back): the JIT compiles no method in which a call could throw while a monitor is held outside any
     * handler ("unbalanced monitors": the method would stay interpreted). The try block is made to start at a new
     * label in front of the hook, since javac's label may also be a loop's head ({@code synchronized (lock) { while
     * (…) lock.wait(); }}), which must keep its frame and must not run the hook again.
     */
    private static void guardedStart(MethodNode method, AbstractInsnNode enter, InsnList hook) {
        LabelNode start = null;
        for (AbstractInsnNode n = enter.getNext(); n != null && n.getOpcode() < 0; n = n.getNext()) {
            if (n instanceof LabelNode label
                    && method.tryCatchBlocks.stream().anyMatch(t -> t.start == label)) {
                start = label;
                break;
            }
        }
        if (start == null) {
            method.instructions.insert(enter, hook);
            return;
        }
        LabelNode ours = new LabelNode();
        for (var t : method.tryCatchBlocks) {
            if (t.start == start) {
                t.start = ours;
            }
        }
        InsnList l = new InsnList();
        l.add(ours);
        l.add(hook);
        method.instructions.insert(enter, l);
    }

    /**
     * A read javac emits only for a compound assignment ({@code a[i]++}, {@code count += n}): the array and index,
     * or the object, duplicated for the write that follows. A free run checks just that write: it finds every race
     * the read would (the write is checked against the last write and all reads), at half the cost.
     */
    static boolean compound(AbstractInsnNode read) {
        AbstractInsnNode before = read.getPrevious();
        while (before != null && before.getOpcode() < 0) {   // labels, line numbers, frames
            before = before.getPrevious();
        }
        return before != null && before.getOpcode() == (read.getOpcode() == GETFIELD ? DUP : DUP2);
    }
}
