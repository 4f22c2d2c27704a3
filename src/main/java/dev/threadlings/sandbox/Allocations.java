package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.StepHooks;
import java.util.ArrayDeque;
import java.util.Deque;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * For stepping only (threadlings step): every object the learner's code makes is told to the runtime as soon as its
 * constructor returns ({@code StepHooks.allocated}), so that it is numbered in the order the program makes it —
 * the same in every replay of the same choices, whichever step first names it (two locks made by main are
 * {@code Object#1} and {@code Object#2} in every preview). Never applied to code that is explored or graded.
 */
final class Allocations {
    private static final StandIn ALLOCATED = StandIn.of(StepHooks.class, "allocated");

    private Allocations() {}

    /** A NEW of {@code type}, and whether a DUP followed it at once (javac's way: the reference survives <init>). */
    private record Made(String type, boolean dupped) {}

    static void number(ClassNode node) {
        for (MethodNode m : node.methods) {
            Deque<Made> made = new ArrayDeque<>(); // NEWs whose constructor call is still to come, innermost first
            for (AbstractInsnNode insn : m.instructions.toArray()) {
                if (insn.getOpcode() == Opcodes.NEW) {
                    AbstractInsnNode next = insn.getNext();
                    made.push(new Made(((TypeInsnNode) insn).desc, next != null && next.getOpcode() == Opcodes.DUP));
                } else if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
                        && call.name.equals("<init>") && !made.isEmpty() && made.peek().type().equals(call.owner)) {
                    if (!made.pop().dupped()) {
                        continue; // not javac's pattern: what is on the stack now is not known, so nothing is added
                    }
                    // javac's NEW, DUP, arguments, <init>: the DUP'd reference is on top now
                    InsnList told = new InsnList();
                    told.add(new InsnNode(Opcodes.DUP));
                    told.add(ALLOCATED.call());
                    m.instructions.insert(call, told);
                }
            }
        }
    }
}
