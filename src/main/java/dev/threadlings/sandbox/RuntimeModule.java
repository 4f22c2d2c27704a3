package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.explore.ExplorerMain;
import dev.threadlings.sandbox.runtime.free.FreeRunHooks;
import dev.threadlings.sandbox.runtime.model.SchedulingPoints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.Deflater;
import java.util.stream.Stream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The sandbox runtime as a named module, for the explorer VM. Learner code runs in that VM next to the scheduler,
 * the race detector and the result they write; in a named module that exports only the packages of the stand-ins
 * instrumented code calls ({@code runtime.model}, {@code runtime.free}) and opens nothing, learner code can call
 * those, and every reflective look at the rest (the scheduler's state, a class of an unexported package, a
 * private field) ends in {@code InaccessibleObjectException}. On the class path, as in the console's own VM, the same classes are an
 * unnamed module open to all, so they are packed once, with a {@code module-info} made here, into a jar that
 * each job gets a copy of (learner code of an earlier run could have changed a shared one).
 */
final class RuntimeModule {
    /** The module's name, for {@code -m} and {@code --add-opens}. */
    static final String NAME = "threadlings.sandbox";
    /** The runtime's root package, as a folder: every class below it is the module's. */
    private static final String PACKAGE = Finding.class.getPackageName().replace('.', '/');
    /** What instrumented learner code calls: the only packages learner code may see. */
    private static final List<String> EXPORTED = Stream.of(SchedulingPoints.class, FreeRunHooks.class)
            .map(c -> c.getPackageName().replace('.', '/')).toList();

    private RuntimeModule() {}

    /** Writes the module as the jar {@code file}. */
    static void write(Path file) throws IOException {
        Files.write(file, Jar.BYTES);
    }

    /** The module's jar, made once: the runtime's class files and its module-info. */
    private static final class Jar {
        private static final Map<String, byte[]> CLASSES = read();
        static final byte[] BYTES = pack(CLASSES, moduleInfo(CLASSES.keySet()));

        private static byte[] pack(Map<String, byte[]> classes, byte[] info) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream jar = new JarOutputStream(bytes)) {
                jar.setLevel(Deflater.BEST_SPEED);
                jar.putNextEntry(new JarEntry("module-info.class"));
                jar.write(info);
                for (var c : classes.entrySet()) {
                    jar.putNextEntry(new JarEntry(c.getKey()));
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
                    try (Stream<Path> files = Files.walk(home.resolve(PACKAGE))) {
                        for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                            out.put(home.relativize(f).toString().replace(java.io.File.separatorChar, '/'),
                                    Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(home.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry entry = e.nextElement();
                            String name = entry.getName();
                            if (name.startsWith(PACKAGE + "/") && name.endsWith(".class")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    out.put(name, in.readAllBytes());
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

        private static byte[] moduleInfo(Set<String> classes) {
            ClassWriter w = new ClassWriter(0);
            w.visit(Opcodes.V17, Opcodes.ACC_MODULE, "module-info", null, null, null);
            ModuleVisitor m = w.visitModule(NAME, 0, null);
            m.visitRequire("java.base", Opcodes.ACC_MANDATED, null);
            m.visitRequire("java.management", 0, null); // threads' CPU time: a stuck schedule is told by it (Silence)
            classes.stream().map(c -> c.substring(0, c.lastIndexOf('/'))).distinct().sorted().forEach(m::visitPackage);
            EXPORTED.forEach(p -> m.visitExport(p, 0)); // exported, never opened
            m.visitMainClass(Type.getInternalName(ExplorerMain.class));
            m.visitEnd();
            w.visitEnd();
            return w.toByteArray();
        }
    }
}
