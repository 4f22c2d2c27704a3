package dev.threadlings.eval;

import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Where a file uses a name that is declared nowhere. JShell accepts such a class ("recoverable") and names only what
 * is missing, "variable cuont", with no position, so the loader could only point at the class's first line; javac,
 * attributing the same text, says on which line and column each use is.
 */
final class UndeclaredUses {
    private UndeclaredUses() {}

    /** One use of a missing name: JShell's words for it ("variable cuont") and its place in the source. */
    record Use(String name, long start, long end, long line) {}

    /** The uses of {@code missing} (JShell's "kind name" strings) that javac finds in {@code source}, in order. */
    static List<Use> in(String fileName, String source, Set<String> missing) {
        DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try {
            JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, found,
                    List.of("-proc:none", "-Xlint:none", "-implicit:none"), null, List.of(file));
            task.analyze();
        } catch (java.io.IOException | RuntimeException e) { // a compiler that cannot read this text says nothing here
            return List.of();
        }
        List<Use> uses = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : found.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || d.getCode() == null
                    || !d.getCode().startsWith("compiler.err.cant.resolve") || d.getStartPosition() < 0) {
                continue;
            }
            String symbol = symbol(d.getMessage(Locale.ROOT));
            missing.stream().filter(name -> sameSymbol(name, symbol)).findFirst().ifPresent(name ->
                    uses.add(new Use(name, d.getStartPosition(), d.getEndPosition(), d.getLineNumber())));
        }
        return uses;
    }

    /** javac's "symbol:   variable cuont" line as "variable cuont". */
    private static String symbol(String message) {
        for (String line : message.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("symbol:")) {
                return l.substring("symbol:".length()).strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    /**
     * The same name, whatever its kind and parameters: javac calls the {@code Helper} of {@code Helper.twice(1)} a
     * variable where JShell says class, and "method sum(int)" is "method sum(int,int)" to a reader.
     */
    private static boolean sameSymbol(String jshellName, String javacName) {
        return !javacName.isEmpty() && stem(jshellName).equals(stem(javacName));
    }

    private static String stem(String name) {
        int paren = name.indexOf('(');
        String bare = paren < 0 ? name : name.substring(0, paren);
        return bare.substring(bare.lastIndexOf(' ') + 1);
    }
}
