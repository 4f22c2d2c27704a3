package dev.threadlings.checking;

import com.sun.source.tree.AssertTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.threadlings.eval.CapturingControl;
import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.SnippetSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The assertion messages a check's code can fail with ({@code assert c : "…" + v;}), in the order the code has
 * them, as {@link MessageShape}s: javac's trees of each JShell snippet of the code, never run. A message that is
 * not a chain of {@code +} (a variable, {@code String.format}) is one hole with no words, which no translation can
 * say; {@code CheckMessagesContentTest} refuses such a message in a check that has words to translate.
 */
final class CodeMessages {
    private static RemoteShell splitter; // JShell's own idea of where a snippet ends; compiles nothing here

    private CodeMessages() {}

    static List<MessageShape> of(String code) {
        return of(List.of(code)).getFirst();
    }

    /** The messages of each code, in one javac run: a course's checks are read at once. */
    static List<List<MessageShape>> of(List<String> codes) {
        List<List<MessageShape>> all = new ArrayList<>();
        // most checks are statements (with their lambdas and local classes), which a method's body holds
        List<Parsed> wholes = parse(codes.stream().map(c -> c.contains("assert") ? body(c) : "").toList());
        for (int i = 0; i < codes.size(); i++) {
            List<MessageShape> shapes = new ArrayList<>();
            if (wholes.get(i).clean()) {
                scan(wholes.get(i).unit(), shapes);
            } else {
                for (String piece : pieces(codes.get(i))) { // a method among them: JShell's snippets, each in place
                    if (piece.contains("assert")) {
                        Parsed member = parse(List.of("class CheckCode {\n" + piece + "\n}\n")).getFirst();
                        scan(member.clean() ? member.unit() : parse(List.of(body(piece))).getFirst().unit(), shapes);
                    }
                }
            }
            all.add(shapes);
        }
        return all;
    }

    private static void scan(CompilationUnitTree unit, List<MessageShape> shapes) {
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitAssert(AssertTree tree, Void unused) {
                if (tree.getDetail() != null) {
                    shapes.add(shapeOf(tree.getDetail()));
                }
                return super.visitAssert(tree, unused);
            }
        }.scan(unit, null);
    }

    private static String body(String statements) {
        return "class CheckCode { void snippet() throws Throwable {\n" + statements + "\n} }\n";
    }

    private static List<String> pieces(String code) {
        synchronized (CodeMessages.class) {
            if (splitter == null) {
                splitter = RemoteShell.compileOnly(new CapturingControl());
            }
            return SnippetSplitter.split(splitter.analysis(), code).stream().map(SnippetSplitter.Piece::source)
                    .toList();
        }
    }

    private static MessageShape shapeOf(ExpressionTree detail) {
        List<String> literals = new ArrayList<>(List.of(""));
        boolean[] afterHole = {false};
        for (ExpressionTree operand : operands(detail)) {
            if (operand instanceof LiteralTree literal && (literal.getValue() instanceof String
                    || literal.getValue() instanceof Character)) {
                literals.set(literals.size() - 1, literals.getLast() + literal.getValue());
                afterHole[0] = false;
            } else if (!afterHole[0]) { // two values side by side print as one: "…" + a + b is one hole
                literals.add("");
                afterHole[0] = true;
            }
        }
        return new MessageShape(literals);
    }

    // a + b + c as javac nests it, (a + b) + c, flattened; a parenthesized sum stays one operand (it may be a number)
    private static List<ExpressionTree> operands(ExpressionTree e) {
        if (e instanceof BinaryTree b && b.getKind() == Tree.Kind.PLUS) {
            List<ExpressionTree> all = new ArrayList<>(operands(b.getLeftOperand()));
            all.add(b.getRightOperand());
            return all;
        }
        return List.of(e);
    }

    private record Parsed(CompilationUnitTree unit, boolean clean) {}

    // the trees, and whether javac found no error in each (else the other wrapping is tried; an error in the check's
    // code is its own to report when it runs, and javac's trees of it are still what there is to read)
    private static List<Parsed> parse(List<String> texts) {
        List<JavaFileObject> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            files.add(new SimpleJavaFileObject(URI.create("string:///CheckCode" + i + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, diagnostics, List.of("-proc:none"), null, files);
        try {
            List<Parsed> parsed = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                boolean clean = diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
                        && d.getSource() == unit.getSourceFile());
                parsed.add(new Parsed(unit, clean));
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
