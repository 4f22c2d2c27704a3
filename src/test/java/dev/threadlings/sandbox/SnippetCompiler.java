package dev.threadlings.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a class body as {@code class S} (the concurrency packages imported) in memory: class files by name. */
final class SnippetCompiler {
    static final String IMPORTS = "import java.util.*;\nimport java.util.concurrent.*;\n"
            + "import java.util.concurrent.atomic.*;\nimport java.util.concurrent.locks.*;\n"
            + "import java.lang.invoke.*;\nimport java.time.Duration;\n";

    private SnippetCompiler() {}

    static Map<String, byte[]> compile(String body) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Map<String, ByteArrayOutputStream> out = new TreeMap<>();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///S.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return IMPORTS + "class S {\n" + body + "}\n";
            }
        };
        JavaFileManager files = new ForwardingJavaFileManager<>(javac.getStandardFileManager(null, null, null)) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return out.computeIfAbsent(className.replace('.', '/'), k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        boolean ok = javac.getTask(null, files, problems, List.of("-g", "-proc:none"), null, List.of(source)).call();
        if (!ok) {
            throw new IllegalArgumentException("the snippet does not compile: " + problems.getDiagnostics());
        }
        Map<String, byte[]> classes = new TreeMap<>();
        out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }
}
