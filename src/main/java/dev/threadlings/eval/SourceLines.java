package dev.threadlings.eval;

/** Line arithmetic on source text: which 1-based line an offset falls on. */
public final class SourceLines {
    private SourceLines() {}

    /** The 1-based line of {@code offset} in {@code text}. */
    public static int lineOf(String text, long offset) {
        int line = 1;
        int end = (int) Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
