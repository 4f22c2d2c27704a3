package dev.threadlings.mutation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A learner-style Java file parsed by javac (parse only: no imports are needed, and top-level methods and fields
 * parse as a compact source file), with the source positions that operators edit at.
 */
public final class SourceTree {
    private final String text;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final LineMap lines;

    private SourceTree(String text, CompilationUnitTree unit, SourcePositions positions) {
        this.text = text;
        this.unit = unit;
        this.positions = positions;
        this.lines = unit.getLineMap();
    }

    /** Parses {@code text}; a file javac cannot parse is an {@link IllegalArgumentException} naming the line. */
    public static SourceTree parse(String text) {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Source.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    throw new IllegalArgumentException("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
            }
            return new SourceTree(text, unit, Trees.instance(task).getSourcePositions());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public String text() {
        return text;
    }

    public CompilationUnitTree unit() {
        return unit;
    }

    public int start(Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    public int end(Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    /** The source text of {@code tree}. */
    public String source(Tree tree) {
        return text.substring(start(tree), end(tree));
    }

    /** Every tree of {@code type} in the file, with its path (enclosing trees), in source order. */
    public <T extends Tree> List<TreePath> find(Class<T> type) {
        List<TreePath> found = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree != null && type.isInstance(tree)) {
                    found.add(new TreePath(getCurrentPath(), tree));
                }
                return super.scan(tree, unused);
            }
        }.scan(new TreePath(unit), null);
        return found;
    }

    public int line(Tree tree) {
        return lineAt(start(tree));
    }

    public int lineAt(int offset) {
        return (int) lines.getLineNumber(offset);
    }

    /** The white space that starts the line holding {@code offset}: an inserted statement lines up with it. */
    public String indentAt(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    /**
     * The edit deleting {@code [start, end)}; when nothing else is on its line, the whole line goes, so a mutant
     * has no blank line where a statement was.
     */
    public Edit deletion(int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd >= 0 && text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
            return Edit.delete(lineStart, lineEnd + 1);
        }
        return Edit.delete(start, end);
    }

    /**
     * A mutant made of {@code edits}; its key hashes what the edits replace and insert (not the whole file), so an
     * author's note about it survives edits elsewhere in the solution.
     */
    public Mutant mutant(String operator, String description, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder fingerprint = new StringBuilder(operator);
        for (Edit e : sorted) {
            fingerprint.append('\u0000').append(text, e.start(), e.end()).append('\u0001').append(e.text());
        }
        return new Mutant(operator, lineAt(sorted.getFirst().start()), description, Edit.apply(text, sorted),
                shortHash(fingerprint.toString()));
    }

    public Mutant mutant(String operator, String description, Edit... edits) {
        return mutant(operator, description, List.of(edits));
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
