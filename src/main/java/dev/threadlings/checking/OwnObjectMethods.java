package dev.threadlings.checking;

import dev.threadlings.text.Messages;
import dev.threadlings.eval.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Checks compare what learner code returned with what they expect ({@code page.equals(new Page(…))}) and print
 * it for output checks; with an {@code equals} of the learner's that always says true, or a {@code toString} that
 * prints the expected text, a wrong value passes. No exercise asks for these methods (its reference defines none),
 * so a learner class (named, nested, local or anonymous) that declares {@code equals(Object)}, {@code hashCode()}
 * or {@code toString()} is refused before any check runs, at its line: the values the checks compare keep Java's
 * own methods (a record's generated ones, which compare its components). Read from the class files JShell
 * compiled, so every class the learner's file declares is seen.
 */
final class OwnObjectMethods {
    private static final Set<String> METHODS = Set.of("equals(Ljava/lang/Object;)Z", "hashCode()I",
            "toString()Ljava/lang/String;");

    private OwnObjectMethods() {}

    /** {@code File.java:N: error: …} for each such method in {@code classes} (binary name → class file). */
    static List<String> problems(Map<String, byte[]> classes, SourceMap sources, String fileName, Messages text) {
        List<String> problems = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            for (MethodNode m : node.methods) {
                if (!METHODS.contains(m.name + m.desc) || (m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE
                        | Opcodes.ACC_ABSTRACT)) != 0 || generatedByRecord(m)) {
                    continue;
                }
                String at = firstLine(m).map(line -> sources.locateClassLine(node.name, line)).orElse(null);
                problems.add(text.get("checker.own-object-method", at == null ? fileName : at, simpleName(node.name)
                        + "." + m.name + "(" + (m.name.equals("equals") ? "Object" : "") + ")"));
            }
        });
        return problems;
    }

    /** A record's equals/hashCode/toString that javac generated: one invokedynamic to ObjectMethods. */
    private static boolean generatedByRecord(MethodNode m) {
        for (AbstractInsnNode insn : m.instructions) {
            if (insn instanceof InvokeDynamicInsnNode indy
                    && indy.bsm.getOwner().equals("java/lang/runtime/ObjectMethods")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> firstLine(MethodNode m) {
        for (AbstractInsnNode insn : m.instructions) {
            if (insn instanceof LineNumberNode n) {
                return Optional.of(n.line);
            }
        }
        return Optional.empty();
    }

    /** {@code REPL/$JShell$12$Page} → {@code Page}; {@code …$Page$1} (anonymous) → {@code Page$1}. */
    private static String simpleName(String internalName) {
        String s = internalName.substring(internalName.lastIndexOf('/') + 1);
        return s.replaceFirst("^\\$JShell\\$\\d+[A-Z]*\\$", "");
    }
}
