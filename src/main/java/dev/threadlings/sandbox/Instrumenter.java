package dev.threadlings.sandbox;

import dev.threadlings.eval.AssertionsOn;
import dev.threadlings.eval.SourceMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites the learner's classes for the explorer VM: a scheduling point at every shared access, monitors and
 * thread operations routed to the scheduler (see {@link MethodRewriter}). Deterministic: the same input gives the
 * same output. The classes are defined afresh in a loader of their own, so members may be changed freely.
 */
public final class Instrumenter {
    private final Map<String, byte[]> classes;
    private final SourceMap sources;
    private final ClassFacts facts;

    public Instrumenter(Map<String, byte[]> classes, SourceMap sources) {
        this.classes = classes;
        this.sources = sources;
        this.facts = new ClassFacts(classes);
    }

    /** Every class instrumented, by binary name. */
    public Map<String, byte[]> instrumentAll() {
        return instrumentAll(false);
    }

    /**
     * With {@code free}, for a free run instead: only the race detector's hooks, the real monitors and JDK calls
     * kept, no scheduling points (see {@link MethodRewriter}); static initializers left alone (they run once).
     */
    public Map<String, byte[]> instrumentAll(boolean free) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        classes.forEach((name, bytes) -> out.put(name, instrument(bytes, free)));
        return out;
    }

    /** As {@link #instrumentAll()}, and every object the code makes is numbered for stepping ({@link Allocations}). */
    public Map<String, byte[]> instrumentForStepping() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        classes.forEach((name, bytes) -> out.put(name, instrument(bytes, false, true)));
        return out;
    }

    byte[] instrument(byte[] bytes) {
        return instrument(bytes, false);
    }

    private byte[] instrument(byte[] bytes, boolean free) {
        return instrument(bytes, free, false);
    }

    private byte[] instrument(byte[] bytes, boolean free, boolean stepping) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.EXPAND_FRAMES);
        AssertionsOn.apply(node); // learner code must not be able to turn a check's assertions off
        MethodReferences.desugar(node, facts::learnerClass); // Thread::start is a call like any other
        if (!free) {
            Reinit.apply(node);
        }
        for (MethodNode m : node.methods) {
            if (m.instructions.size() == 0) {
                continue;
            }
            MethodRewriter rewriter = new MethodRewriter(node, m, facts, line -> location(node.name, line), free);
            if (free && m.name.equals("<clinit>")) {
                rewriter.rewriteInitializerFree();
                continue;
            }
            if (m.name.equals("<clinit>") || m.name.equals(Reinit.RESET)) {
                rewriter.rewriteInitializer(); // no points: a thread parked there would hold the JVM's init lock
                if (m.name.equals("<clinit>")) {
                    BodyWrapper.applyInitializer(node, m);
                }
            } else {
                rewriter.rewrite();
            }
        }
        if (stepping) {
            Allocations.number(node);
        }
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(w);
        return w.toByteArray();
    }

    private String location(String internalName, int line) {
        String at = sources.locateClassLine(internalName, line);
        return at != null ? at : ClassFacts.display(internalName) + ":" + line;
    }

    static boolean isStatic(MethodNode m) {
        return (m.access & Opcodes.ACC_STATIC) != 0;
    }
}
