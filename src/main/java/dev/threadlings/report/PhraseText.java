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

    /**
     * A step's {@code what} said beside the source line it ran ({@code code}): a monitor taken on a line with one
     * {@code synchronized (…)} names the expression the learner wrote and the object it named ({@code lock from =
     * Account alice}), so that the object is found in the code; anything else as {@link #say(String, Messages)}.
     */
    public static String say(String what, String code, Messages words) {
        if (what == null || what.indexOf(Phrase.OPEN) < 0 || code == null) {
            return say(what, words);
        }
        List<Phrase.Piece> pieces = Phrase.read(what);
        if (pieces.size() == 1 && pieces.getFirst() instanceof Phrase.Said s && s.phrase() == Phrase.LOCK) {
            String object = say(s.args().getFirst(), words);
            String expression = synchronizedOn(code);
            // "lock b = Object b" says nothing more than "lock Object b", nor "lock a = Object Abba.a": the object
            // goes by that variable's or field's name already
            if (!expression.isEmpty() && !expression.equals(object) && !object.endsWith(" " + expression)
                    && !object.endsWith("." + expression)) {
                return words.get(s.phrase().key(), expression + " = " + object);
            }
        }
        return say(pieces, words);
    }

    /**
     * The expression of the one {@code synchronized (…)} statement on {@code line} ("" when there is none, or more
     * than one: which one a step took is then not known here). Parentheses inside it are matched; a line cut before
     * its end names nothing.
     */
    static String synchronizedOn(String line) {
        int at = line.indexOf("synchronized");
        if (at < 0 || line.indexOf("synchronized", at + 1) >= 0
                || at > 0 && Character.isJavaIdentifierPart(line.charAt(at - 1))) {
            return "";
        }
        int open = at + "synchronized".length();
        while (open < line.length() && line.charAt(open) == ' ') {
            open++;
        }
        if (open >= line.length() || line.charAt(open) != '(') {
            return ""; // a synchronized method's modifier, or not Java here
        }
        int depth = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                return ""; // a literal inside: not worth reading here
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return line.substring(open + 1, i).strip();
            }
        }
        return "";
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
