package dev.threadlings.markdown;

import java.util.Set;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Java source for the terminal: keywords, literals ({@code true}, {@code null}), strings, text blocks,
 * characters, comments, numbers and annotations.
 *
 * <p>A single forward scan without a parser, because the same code colours what the learner is typing in the REPL,
 * on every keystroke: it must be linear, and it must accept anything — half-typed strings, unclosed comments and
 * garbage are coloured as far as they go and never throw. The result has exactly the input's characters, so
 * {@code highlight(s).toString().equals(s)} always holds.
 */
public final class JavaHighlighter {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while",
            // contextual keywords a concurrency course uses constantly
            "var", "record", "yield", "sealed", "permits", "when");
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private final String s;
    private final int n;

    private JavaHighlighter(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The code with styles; {@code null} gives an empty string. */
    public static AttributedString highlight(String javaCode) {
        if (javaCode == null || javaCode.isEmpty()) {
            return AttributedString.EMPTY;
        }
        return new JavaHighlighter(javaCode).run();
    }

    private AttributedString run() {
        AttributedStringBuilder out = new AttributedStringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            int end;
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (c == '/' && next == '/') {
                end = lineEnd(i);
                style = Theme.COMMENT;
            } else if (c == '/' && next == '*') {
                int close = s.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                style = Theme.COMMENT;
            } else if (s.startsWith("\"\"\"", i)) {
                end = textBlockEnd(i + 3);
                style = Theme.STRING;
            } else if (c == '"' || c == '\'') {
                end = quotedEnd(i + 1, c);
                style = Theme.STRING;
            } else if (c == '@' && Character.isJavaIdentifierStart(next)) {
                end = identifierEnd(i + 1);
                style = s.startsWith("interface", i + 1) && end - i == 10 ? Theme.KEYWORD : Theme.ANNOTATION;
            } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
                end = numberEnd(i);
                style = Theme.NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(i);
                String word = s.substring(i, end);
                style = KEYWORDS.contains(word) ? Theme.KEYWORD
                        : LITERALS.contains(word) ? Theme.LITERAL : AttributedStyle.DEFAULT;
            } else {
                end = i + 1;
            }
            out.append(s.substring(i, end), style);
            i = end;
        }
        return out.toAttributedString();
    }

    private int lineEnd(int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? n : nl;
    }

    /** After the opening quote: up to the closing one, or (unterminated) to the end of the line. */
    private int quotedEnd(int from, char quote) {
        int j = from;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else if (c == '\n') {
                return j;
            } else {
                j++;
            }
        }
        return n;
    }

    /** After the opening {@code """}: up to the closing one, or (unterminated) to the end of the input. */
    private int textBlockEnd(int from) {
        int j = from;
        while (j < n) {
            if (s.charAt(j) == '\\') {
                j += 2;
            } else if (s.startsWith("\"\"\"", j)) {
                return j + 3;
            } else {
                j++;
            }
        }
        return n;
    }

    private int identifierEnd(int from) {
        int j = from;
        while (j < n && Character.isJavaIdentifierPart(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Decimal, hex, binary, octal, with underscores, one fraction, exponent and suffix; a close approximation. */
    private int numberEnd(int from) {
        boolean hex = s.startsWith("0x", from) || s.startsWith("0X", from);
        boolean dot = false;
        int j = from;
        while (j < n) {
            char c = s.charAt(j);
            char next = j + 1 < n ? s.charAt(j + 1) : '\0';
            if (Character.isLetterOrDigit(c) || c == '_') {
                j++;
            } else if (c == '.' && !dot && !hex && !Character.isJavaIdentifierStart(next)) {
                dot = true; // 1.5 and 1. are numbers; 1.toString is not
                j++;
            } else if ((c == '+' || c == '-') && !hex && j > from && "eE".indexOf(s.charAt(j - 1)) >= 0
                    && Character.isDigit(next)) {
                j++;
            } else {
                break;
            }
        }
        return Math.min(Math.max(j, from + 1), n);
    }
}
