package dev.threadlings.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds English prose in text meant to be Chinese: English function words ("the", "is", "your" …), which a Java
 * identifier, a command, a file name or a JDK term never is, while an English sentence can hardly do without them.
 * A hyphenated term (try-with-resources, happens-before) counts as one word and is never one of them.
 */
public final class EnglishProse {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "is", "are", "was", "were", "be",
            "to", "of", "and", "or", "not", "no", "with", "in", "on", "for", "your", "you", "this", "that", "it",
            "its", "has", "have", "from", "at", "by", "as", "yet", "more", "could", "cannot", "can", "what", "then",
            "there", "than", "but", "if", "did", "does", "mean", "type", "lists", "them");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*");

    private EnglishProse() {}

    /** The English function words in {@code text}, in order; empty when it reads as Chinese (code aside). */
    public static List<String> in(String text) {
        return WORD.matcher(text).results().map(m -> m.group())
                .filter(w -> FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    /** The lines of {@code text} with English prose in them, for a failure message. */
    public static List<String> lines(String text) {
        return text.lines().filter(l -> !in(l).isEmpty()).toList();
    }
}
