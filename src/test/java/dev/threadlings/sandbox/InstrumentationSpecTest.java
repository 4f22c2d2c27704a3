package dev.threadlings.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlings.eval.SourceMap;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The instrumenter's call rules, one example per rule family, without running a schedule: each example in
 * src/test/resources/sandbox/instrumentation.txt is a class body and the calls each of its methods makes once
 * instrumented for the explorer and for a free run (only the methods the instrumentation changed are listed).
 * A second test resolves every call into the runtime against the runtime's real static methods, so a stand-in
 * named with a wrong descriptor fails here, not as a NoSuchMethodError in the explorer VM.
 */
class InstrumentationSpecTest {
    private static final String RUNTIME = "dev/threadlings/sandbox/runtime/";
    /** Each body is compiled once for both tests (javac is most of this test's time). */
    private static final Map<String, Map<String, byte[]>> COMPILED = new ConcurrentHashMap<>();

    record Example(String title, String body, String explored, String free) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Example> examples() throws IOException {
        return InstrumentationSpec.read(Path.of("src/test/resources/sandbox/instrumentation.txt")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rewritesCallsAsSpecified(Example e) {
        Map<String, byte[]> classes = COMPILED.computeIfAbsent(e.body(), SnippetCompiler::compile);
        assertEquals(e.explored(), listing(classes, false), "explored: " + e.title());
        assertEquals(e.free(), listing(classes, true), "free run: " + e.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyStandInExists(Example e) throws ClassNotFoundException {
        Map<String, byte[]> classes = COMPILED.computeIfAbsent(e.body(), SnippetCompiler::compile);
        for (boolean free : new boolean[] {false, true}) {
            for (byte[] bytes : new Instrumenter(classes, new SourceMap()).instrumentAll(free).values()) {
                for (MethodNode m : node(bytes).methods) {
                    for (AbstractInsnNode insn : m.instructions) {
                        if (insn instanceof MethodInsnNode call && call.owner.startsWith(RUNTIME)) {
                            assertTrue(exists(call), () -> "no static " + call.owner + "." + call.name + call.desc
                                    + " in the runtime (" + (free ? "free run" : "explored") + ")");
                        }
                    }
                }
            }
        }
    }

    private static boolean exists(MethodInsnNode call) throws ClassNotFoundException {
        Class<?> owner = Class.forName(call.owner.replace('/', '.'), false,
                InstrumentationSpecTest.class.getClassLoader());
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getName().equals(call.name)
                        && Type.getMethodDescriptor(m).equals(call.desc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each method whose calls the instrumentation changed: its name, then one indented line per call. */
    static String listing(Map<String, byte[]> classes, boolean free) {
        Map<String, List<String>> before = calls(classes);
        Map<String, List<String>> after = calls(new Instrumenter(classes, new SourceMap()).instrumentAll(free));
        StringBuilder out = new StringBuilder();
        after.forEach((method, calls) -> {
            if (!calls.equals(before.get(method))) {
                out.append(method).append(":\n");
                calls.forEach(c -> out.append("  ").append(c).append('\n'));
            }
        });
        return out.isEmpty() ? "unchanged\n" : out.toString();
    }

    /** Every method's calls in order, by {@code Class.method} (sorted, so the listing does not depend on order). */
    private static Map<String, List<String>> calls(Map<String, byte[]> classes) {
        Map<String, List<String>> out = new TreeMap<>();
        for (byte[] bytes : classes.values()) {
            ClassNode c = node(bytes);
            for (MethodNode m : c.methods) {
                List<String> calls = new ArrayList<>();
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call) {
                        calls.add(render(call));
                    }
                }
                out.put(simple(c.name) + "." + m.name, calls);
            }
        }
        return out;
    }

    private static ClassNode node(byte[] bytes) {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, 0);
        return c;
    }

    /** {@code ThreadModel.start(Thread, String) void}: classes by their simple names. */
    private static String render(MethodInsnNode call) {
        Type t = Type.getMethodType(call.desc);
        StringBuilder s = new StringBuilder(simple(call.owner)).append('.').append(call.name).append('(');
        Type[] args = t.getArgumentTypes();
        for (int i = 0; i < args.length; i++) {
            s.append(i > 0 ? ", " : "").append(simple(args[i].getClassName()));
        }
        return s.append(") ").append(simple(t.getReturnType().getClassName())).toString();
    }

    private static String simple(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('.')) + 1);
    }
}
