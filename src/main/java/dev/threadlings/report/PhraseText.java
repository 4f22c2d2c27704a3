package dev.threadlings.report;

import dev.threadlings.sandbox.runtime.Phrase;
import dev.threadlings.text.Messages;
import java.util.List;

/**
 * The sandbox's phrases said in the reader's language: a step's text, a wait's kind, a race's variable or a
 * thread's wait in the step view may hold {@link Phrase}s (the explorer VM writes keys, not words); here each becomes
 * its {@code phrase.<key>} pattern, its arguments said first. Text around and between them is data and stays.
 */
public final class PhraseText {
    private PhraseText() {}

    /** {@code text} with every phrase in it said in {@code words}' language. */
    public static String say(String text, Messages words) {
        if (text == null || text.indexOf(Phrase.OPEN) < 0) {
            return text;
        }
        return say(Phrase.read(text), words);
    }

    private static String say(List<Phrase.Piece> pieces, Messages words) {
        StringBuilder out = new StringBuilder();
        for (Phrase.Piece piece : pieces) {
            out.append(switch (piece) {
                case Phrase.Plain p -> p.text();
                case Phrase.Said s -> words.get(s.phrase().key(),
                        s.args().stream().map(a -> (Object) say(a, words)).toArray());
            });
        }
        return out.toString();
    }

    /** Each argument said (a finding's fields may hold phrases), for a bundle pattern to take. */
    static Object[] each(Object[] args, Messages words) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s) {
                out[i] = say(s, words);
            }
        }
        return out;
    }
}
