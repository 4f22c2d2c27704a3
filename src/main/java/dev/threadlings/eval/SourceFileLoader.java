package dev.threadlings.eval;

import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Snippet;

/**
 * Loads a learner's Java file into a shell snippet by snippet, remembering which line of the file each snippet
 * starts on, so that compile errors and stack frames can name the learner's own file and line.
 */
public final class SourceFileLoader {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");

    private final String fileName;
    private final SourceMap sources;
    private final Messages text;
    private final List<String> problems = new ArrayList<>();
    /** Declarations that use a name not declared yet: Java lets a file use a class declared further down. */
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(DeclarationSnippet snippet, String name, int line) {}

    private SourceFileLoader(String fileName, SourceMap sources, Messages text) {
        this.text = text;
        this.fileName = fileName;
        this.sources = sources;
    }

    /** Evaluates the file's snippets in {@code shell}; {@link #problems()} is empty when all of them loaded. */
    public static SourceFileLoader load(RemoteShell shell, String fileName, String text, SourceMap sources) {
        return load(shell, fileName, text, sources, 1);
    }

    /** As {@link #load(RemoteShell, String, String, SourceMap)}, for text that starts at line {@code firstLine}. */
    public static SourceFileLoader load(RemoteShell shell, String fileName, String text, SourceMap sources,
                                        int firstLine) {
        return load(shell, fileName, text, sources, firstLine, Messages.ENGLISH);
    }

    /** As {@link #load(RemoteShell, String, String, SourceMap, int)}, the problems in {@code words}' language. */
    public static SourceFileLoader load(RemoteShell shell, String fileName, String text, SourceMap sources,
                                        int firstLine, Messages words) {
        SourceFileLoader file = new SourceFileLoader(fileName, sources, words);
        // JShell has no packages; blank the line rather than delete it so line numbers stay true
        String source = PACKAGE.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        for (SnippetSplitter.Piece piece : SnippetSplitter.split(shell.analysis(), source)) {
            int pieceLine = firstLine - 1 + SourceLines.lineOf(source, piece.offset());
            if (!piece.complete()) {
                file.problems.add(words.get("load.unfinished", fileName + ":" + pieceLine));
                break;
            }
            Outcome outcome = shell.evalOne(piece.source());
            sources.put(shell.lastSnippetId(), fileName, pieceLine);
            shell.lastWrapperLines().ifPresent(sources::putWrapper);
            file.report(outcome, pieceLine, shell.lastSnippet());
        }
        file.unresolved(shell, source, firstLine);
        return file;
    }

    /**
     * What is still not declared once the whole file is in: JShell has recompiled the rest. Each use is shown on its
     * own line with a caret, as javac would; the declaration's first line only when javac cannot place it.
     */
    private void unresolved(RemoteShell shell, String source, int firstLine) {
        Map<Pending, List<String>> still = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Pending p : pending) {
            List<String> names = shell.jshell().unresolvedDependencies(p.snippet()).toList();
            if (names.isEmpty()) {
                shell.wrapperLines(p.snippet()).ifPresent(sources::putWrapper); // compiled again, in a new wrapper
            } else {
                still.put(p, names);
                missing.addAll(names);
            }
        }
        if (still.isEmpty()) {
            return;
        }
        List<UndeclaredUses.Use> uses = UndeclaredUses.in(fileName, source, missing);
        for (Map.Entry<Pending, List<String>> entry : still.entrySet()) {
            Pending p = entry.getKey();
            List<String> names = entry.getValue();
            long first = p.line() - firstLine + 1;
            long last = first + p.snippet().source().lines().count() - 1;
            List<UndeclaredUses.Use> placed = uses.stream()
                    .filter(u -> names.contains(u.name()) && u.line() >= first && u.line() <= last).toList();
            if (placed.isEmpty()) {
                problems.add(text.get("load.undeclared", fileName + ":" + p.line(), p.name(), names(names)));
            }
            for (UndeclaredUses.Use u : placed) {
                problems.add(text.get("load.undeclared", fileName + ":" + (firstLine - 1 + u.line()), p.name(),
                        names(List.of(u.name()))));
                OutcomeText.caret(source, new Outcome.Diagnostic(u.name(), u.start(), u.end(), true), "    ")
                        .forEach(l -> problems.add(l.text()));
            }
        }
    }

    /** JShell's "variable x, class Y" in the reader's language. */
    private String names(List<String> unresolved) {
        return String.join(", ", unresolved.stream().map(n -> OutcomeText.unresolved(n, text)).toList());
    }

    private void report(Outcome outcome, int firstLine, Snippet snippet) {
        switch (outcome) {
            case Outcome.CompileError c -> {
                for (Outcome.Diagnostic d : c.diagnostics()) {
                    if (!d.error()) {
                        continue;
                    }
                    int line = firstLine + SourceLines.lineOf(c.source(), d.start()) - 1;
                    problems.add(text.get("load.error", fileName + ":" + line, d.message()));
                    OutcomeText.caret(c.source(), d, "    ").forEach(l -> problems.add(l.text()));
                }
            }
            case Outcome.Declared d when !d.unresolved().isEmpty() -> {
                if (snippet instanceof DeclarationSnippet declaration) {
                    pending.add(new Pending(declaration, d.name(), firstLine));
                } else {
                    problems.add(text.get("load.undeclared", fileName + ":" + firstLine, d.name(),
                            names(d.unresolved())));
                }
            }
            case Outcome.Thrown t -> {
                problems.add(text.get("load.threw", fileName + ":" + firstLine, t.failure().headline()));
                new OutcomeText(sources::locate, text).failure(t.failure(), "    ").stream().skip(1)
                        .forEach(l -> problems.add(l.text()));
            }
            case Outcome.VmLost l -> problems.add(fileName + ":" + firstLine + ": " + text.get(l.reason()));
            case Outcome.Stopped s -> problems.add(text.get("load.too-long", fileName + ":" + firstLine));
            default -> { }
        }
    }

    /** Compile errors and load failures as {@code File.java:12: error: …} lines with the source and a caret. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
