package dev.threadlings.bench;

import java.util.regex.Pattern;

/**
 * Small expressions to evaluate, a different source text each time (so no cache on either side can answer), with
 * the result line each REPL prints for them ({@code $7 ==> 14}).
 */
final class Expressions {
    private Expressions() {}

    /** The {@code i}-th expression and the pattern of its result line. */
    record Expression(String source, Pattern result) {}

    static Expression get(int i) {
        return switch (i % 4) {
            case 0 -> of(i + " + " + i, Integer.toString(2 * i));
            case 1 -> of("\"x\".repeat(" + (i % 5 + 1) + ") + " + i, "\"" + "x".repeat(i % 5 + 1) + i + "\"");
            case 2 -> of("Math.max(" + i + ", 7)", Integer.toString(Math.max(i, 7)));
            default -> of("List.of(" + i + ", 2).size()", "2");
        };
    }

    private static Expression of(String source, String value) {
        return new Expression(source, Pattern.compile("\\$\\d+ ==> " + Pattern.quote(value) + "$"));
    }
}
