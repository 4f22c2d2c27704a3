package dev.threadlings.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exercise file — starter, reference solution, wrong and right variants — is Java that {@code javac}
 * compiles on its own: it carries its imports (the console's JShell imports a dozen packages for the learner, an
 * IDE or {@code javac Squares.java} does not). The files are compiled in a few javac runs in this VM: files whose
 * top-level classes have different names share a run, so the course's 470 files need about as many runs as one
 * class name has variants, not one run (or process) each.
 */
class ExerciseFilesCompileTest {
    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(?m)^(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    @TempDir
    Path out;

    @Test
    void everyExerciseFileCompilesAloneWithJavac() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("exercises"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 100, "the course's exercise files were not found: " + files.size());
        List<List<Path>> runs = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (Path file : files) {
            Set<String> declared = topLevelNames(Files.readString(file));
            int run = 0;
            while (run < runs.size() && names.get(run).stream().anyMatch(declared::contains)) {
                run++;
            }
            if (run == runs.size()) {
                runs.add(new ArrayList<>());
                names.add(new HashSet<>());
            }
            runs.get(run).add(file);
            names.get(run).addAll(declared);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Set<String> errors = new TreeSet<>();
        for (List<Path> run : runs) {
            DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
            try (StandardJavaFileManager manager = javac.getStandardFileManager(found, Locale.ROOT, null)) {
                javac.getTask(null, manager, found, List.of("-d", out.toString(), "-proc:none", "-implicit:none",
                        "--release", Integer.toString(Runtime.version().feature()), "--enable-preview",
                        "-Xlint:none"), null, manager.getJavaFileObjectsFromPaths(run)).call();
            }
            for (Diagnostic<? extends JavaFileObject> d : found.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add((d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber()
                            + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
                }
            }
        }
        assertEquals(Set.of(), errors, "exercise files javac cannot compile on their own (" + runs.size()
                + " javac runs for " + files.size() + " files)");
    }

    private static Set<String> topLevelNames(String source) {
        Set<String> names = new HashSet<>();
        Matcher m = TOP_LEVEL.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
