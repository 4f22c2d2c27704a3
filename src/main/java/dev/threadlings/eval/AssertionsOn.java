package dev.threadlings.eval;

import java.nio.charset.StandardCharsets;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes a class's {@code assert} statements run whatever its class loader's assertion status. javac compiles
 * {@code assert c} as "unless the static {@code $assertionsDisabled} (read from the loader when the class is
 * initialized) is set, check c"; learner code that calls {@code ClassLoader.setDefaultAssertionStatus(false)}
 * before a check's classes load would turn the check's assertions into no-ops and the check into a pass. Every
 * read of that field becomes the constant {@code false}, so -ea is the only setting that counts.
 */
public final class AssertionsOn {
    private static final String FIELD = "$assertionsDisabled";
    private static final byte[] MARK = FIELD.getBytes(StandardCharsets.UTF_8);

    private AssertionsOn() {}

    /** The class file with its assertions always on; the same array when it has no assert statement. */
    public static byte[] apply(byte[] classFile) {
        if (!mentions(classFile)) {
            return classFile;
        }
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        if (!apply(node)) {
            return classFile;
        }
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(w);
        return w.toByteArray();
    }

    /** Rewrites {@code node} in place; true when it read the field anywhere. */
    public static boolean apply(ClassNode node) {
        boolean changed = false;
        for (MethodNode m : node.methods) {
            for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; ) {
                AbstractInsnNode next = insn.getNext();
                if (insn instanceof FieldInsnNode f && f.getOpcode() == Opcodes.GETSTATIC && f.name.equals(FIELD)
                        && f.desc.equals("Z")) {
                    m.instructions.set(insn, new InsnNode(Opcodes.ICONST_0));
                    changed = true;
                }
                insn = next;
            }
        }
        return changed;
    }

    /** A quick look at the constant pool's bytes, so that classes without assert statements are not parsed. */
    private static boolean mentions(byte[] classFile) {
        outer:
        for (int i = 0; i <= classFile.length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (classFile[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
