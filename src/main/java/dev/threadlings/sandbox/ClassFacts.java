package dev.threadlings.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What instrumentation needs to know across the learner's classes: which fields are final (no scheduling point:
 * they cannot race once constructed) and which classes extend Thread.
 */
final class ClassFacts {
    private static final String THREAD = Type.getInternalName(Thread.class);
    private final Set<String> finalFields = new HashSet<>();
    private final Set<String> volatileFields = new HashSet<>();
    private final Set<String> withFinalFields = new HashSet<>();
    private final Map<String, String> superOf = new HashMap<>();

    ClassFacts(Map<String, byte[]> classes) {
        for (byte[] bytes : classes.values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                String name;

                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    this.name = name;
                    superOf.put(name, superName);
                }

                @Override
                public FieldVisitor visitField(int access, String field, String desc, String sig, Object value) {
                    if ((access & Opcodes.ACC_FINAL) != 0) {
                        finalFields.add(name + "." + field);
                        if ((access & Opcodes.ACC_STATIC) == 0) {
                            withFinalFields.add(name);
                        }
                    }
                    if ((access & Opcodes.ACC_VOLATILE) != 0) {
                        volatileFields.add(name + "." + field);
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        }
    }

    boolean learnerClass(String internalName) {
        return superOf.containsKey(internalName);
    }

    boolean finalField(String owner, String field) {
        return finalFields.contains(owner + "." + field);
    }

    /** The class declares instance fields that are final. */
    boolean hasFinalFields(String internalName) {
        return withFinalFields.contains(internalName);
    }

    boolean volatileField(String owner, String field) {
        return volatileFields.contains(owner + "." + field);
    }

    /** The JDK class a learner class finally extends ({@code java/util/concurrent/Phaser}), or null. */
    String jdkSuper(String internalName) {
        String n = internalName;
        for (int i = 0; n != null && i < 50; i++) {
            if (!superOf.containsKey(n)) {
                return n;
            }
            n = superOf.get(n);
        }
        return null;
    }

    /** True for java/lang/Thread and learner classes that extend it. */
    boolean isThread(String internalName) {
        String n = internalName;
        for (int i = 0; n != null && i < 50; i++) {
            if (n.equals(THREAD)) {
                return true;
            }
            n = superOf.get(n);
        }
        return false;
    }

    /** {@code REPL/$JShell$12$Counter} → {@code Counter}; a JShell wrapper (top-level variables) → empty. */
    static String display(String internalName) {
        String n = internalName.replace('/', '.');
        if (n.startsWith("REPL.")) {
            int d = n.lastIndexOf('$');
            String tail = n.substring(d + 1);
            return tail.isEmpty() || Character.isDigit(tail.charAt(0)) ? "" : tail;
        }
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** True for {@code jdkClass} itself and for learner classes that extend it. */
    boolean isA(String internalName, String jdkClass) {
        String n = internalName;
        for (int i = 0; n != null && i < 50; i++) {
            if (n.equals(jdkClass)) {
                return true;
            }
            n = superOf.get(n);
        }
        return false;
    }
}
