package dev.threadlings.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Cuts input into the single snippets JShell's {@code eval} accepts, remembering where each began. */
public final class SnippetSplitter {
    private SnippetSplitter() {}

    /** One snippet; {@code offset} is where its text starts in the input. */
    public record Piece(String source, int offset, boolean complete) {}

    /** Splits {@code input}; a trailing incomplete snippet is returned with {@code complete == false}. */
    public static List<Piece> split(SourceCodeAnalysis analysis, String input) {
        List<Piece> pieces = new ArrayList<>();
        String rest = input;
        while (!rest.isBlank()) {
            int offset = input.length() - rest.length() + leadingBlank(rest);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) {
                break;
            }
            if (!c.isComplete()) {
                pieces.add(new Piece(rest.strip(), offset, false));
                break;
            }
            // the source may begin with the line break that ended the previous snippet: drop it, so that the
            // snippet's line 1 is the line its code starts on
            pieces.add(new Piece(info.source().stripLeading(), startOf(input, rest, info), true));
            if (info.remaining().length() >= rest.length()) {
                break; // no progress: never loop forever on odd input
            }
            rest = info.remaining();
        }
        return pieces;
    }

    /** Where the snippet's own text starts, past any comments JShell dropped from its source. */
    private static int startOf(String input, String rest, SourceCodeAnalysis.CompletionInfo info) {
        int base = input.length() - rest.length();
        String head = info.source().strip();
        head = head.substring(0, Math.min(head.length(), 32));
        int consumed = rest.length() - info.remaining().length();
        int at = rest.indexOf(head);
        return at >= 0 && at < Math.max(consumed, 1) ? base + at : base + leadingBlank(rest);
    }

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
