package dev.threadlings.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.Deflater;
import java.util.stream.Stream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The sandbox runtime as a named module, for the explorer VM. Learner code runs in that VM next to the scheduler,
 * the race detector and the result they write; in a named module that exports its package but opens nothing,
 * learner code can call the public stand-ins instrumented code calls ({@code Sched…}, {@code Detect}), and every
 * reflective look at the rest (the scheduler's state, a package-private class, a private field) ends in
 * {@code InaccessibleObjectException}. On the class path, as in the console's own VM, the same classes are an
 * unnamed module open to all, so they are packed once, with a {@code module-info} made here, into a jar that
 * each job gets a copy of (learner code of an earlier run could have changed a shared one).
 */
final class RuntimeModule {
    /** The module's name, for {@code -m} and {@code --add-opens}. */
    static final String NAME = "threadlings.sandbox";
    private static final String PACKAGE = "dev/threadlings/sandbox/runtime";

    private RuntimeModule() {}

    /** Writes the module as the jar {@code file}. */
    static void write(Path file) throws IOException {
        Files.write(file, Jar.BYTES);
    }

    /** The module's jar, made once: the runtime's class files and its module-info. */
    private static final class Jar {
        static final byte[] BYTES = pack(read(), moduleInfo());

        private static byte[] pack(Map<String, byte[]> classes, byte[] info) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream jar = new JarOutputStream(bytes)) {
                jar.setLevel(Deflater.BEST_SPEED);
                jar.putNextEntry(new JarEntry("module-info.class"));
                jar.write(info);
                for (var c : classes.entrySet()) {
                    jar.putNextEntry(new JarEntry(PACKAGE + "/" + c.getKey()));
                    jar.write(c.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static Map<String, byte[]> read() {
            Map<String, byte[]> out = new LinkedHashMap<>();
            try {
                Path home = Path.of(RuntimeModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(home)) {
                    try (Stream<Path> files = Files.list(home.resolve(PACKAGE))) {
                        for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                            out.put(f.getFileName().toString(), Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(home.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry entry = e.nextElement();
                            String name = entry.getName();
                            if (name.startsWith(PACKAGE + "/") && name.endsWith(".class")
                                    && name.indexOf('/', PACKAGE.length() + 1) < 0) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    out.put(name.substring(PACKAGE.length() + 1), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("cannot read the sandbox runtime's classes", e);
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("the sandbox runtime's classes are missing");
            }
            return Map.copyOf(out);
        }

        private static byte[] moduleInfo() {
            ClassWriter w = new ClassWriter(0);
            w.visit(Opcodes.V17, Opcodes.ACC_MODULE, "module-info", null, null, null);
            ModuleVisitor m = w.visitModule(NAME, 0, null);
            m.visitRequire("java.base", Opcodes.ACC_MANDATED, null);
            m.visitRequire("java.management", 0, null); // threads' CPU time: a stuck schedule is told by it (Silence)
            m.visitPackage(PACKAGE);
            m.visitExport(PACKAGE, 0); // exported, never opened
            m.visitMainClass(PACKAGE + "/ExplorerMain");
            m.visitEnd();
            w.visitEnd();
            return w.toByteArray();
        }
    }
}
