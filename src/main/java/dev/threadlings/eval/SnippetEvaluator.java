package dev.threadlings.eval;

import dev.threadlings.text.Messages;
import java.util.List;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/** Turns JShell's snippet events into {@link Outcome}s. */
final class SnippetEvaluator {
    private final JShell jshell;
    private volatile String lastId = "";
    private volatile Snippet last;
    /** The language javac's diagnostics and this class's own words are in: the reader's, not the machine's. */
    private volatile Messages text = Messages.ENGLISH;
    /** Every snippet compiled, newest first: a thread's stack frame may name any of their wrappers. */
    private final java.util.concurrent.ConcurrentLinkedDeque<Snippet> compiled =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

    SnippetEvaluator(JShell jshell) {
        this.jshell = jshell;
    }

    void speak(Messages text) {
        this.text = text;
    }

    Outcome eval(String source) {
        List<SnippetEvent> events = jshell.eval(source);
        events.forEach(e -> compiled.addFirst(e.snippet()));
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (main == null) {
            return new Outcome.Ran(source);
        }
        Snippet snippet = main.snippet();
        lastId = snippet.id();
        last = snippet;
        if (main.status() == Snippet.Status.REJECTED) {
            List<Outcome.Diagnostic> diags = jshell.diagnostics(snippet)
                    .map(d -> new Outcome.Diagnostic(d.getMessage(text.locale()), d.getStartPosition(), d.getEndPosition(),
                            d.isError()))
                    .toList();
            if (diags.isEmpty()) {
                diags = List.of(new Outcome.Diagnostic(text.get("jshell.rejected"), 0, source.length(), true));
            }
            return new Outcome.CompileError(source, diags);
        }
        JShellException ex = main.exception();
        if (ex instanceof EvalException ee) {
            return new Outcome.Thrown(source, StackCleaner.failure(ee));
        }
        if (ex instanceof UnresolvedReferenceException ure) {
            DeclarationSnippet s = ure.getSnippet();
            List<String> missing = jshell.unresolvedDependencies(s).toList();
            return new Outcome.Thrown(source, new Outcome.Failure(text.get("jshell.unresolved"),
                    text.get("jshell.unresolved.until", s.name(), String.join(", ", missing)),
                    List.of(), java.util.Optional.empty()));
        }
        boolean replaced = main.previousStatus() != Snippet.Status.NONEXISTENT;
        return switch (snippet) {
            case VarSnippet v -> new Outcome.Value(source, v.name(), v.typeName(), main.value(), true);
            case ExpressionSnippet e -> new Outcome.Value(source, e.name(), e.typeName(), main.value(), false);
            case TypeDeclSnippet t -> new Outcome.Declared(source, kindOf(t), t.name(), replaced,
                    jshell.unresolvedDependencies(t).toList());
            case MethodSnippet m -> new Outcome.Declared(source, "method", m.name() + "(" + m.parameterTypes() + ")",
                    replaced, jshell.unresolvedDependencies(m).toList());
            case ImportSnippet i -> new Outcome.Declared(source, "import", i.fullname(), replaced, List.of());
            default -> new Outcome.Ran(source);
        };
    }

    /** The snippets compiled so far, newest first (safe to walk while another thread evaluates). */
    Iterable<Snippet> compiled() {
        return compiled;
    }

    Snippet last() {
        return last;
    }

    /** The id JShell gave the main snippet of the last evaluation. */
    String lastId() {
        return lastId;
    }

    private static String kindOf(TypeDeclSnippet t) {
        return switch (t.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
            case RECORD_SUBKIND -> "record";
            default -> "class";
        };
    }
}
