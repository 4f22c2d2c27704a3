package dev.threadlings.checking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assertion message as a check's code builds it: the text its string literals write, with a hole wherever
 * the code adds a value ({@code "four increments, but get() returned " + counter.get()} is one literal and one
 * hole). A translation of the message is a line in which {@code {0}}, {@code {1}}… stand for the holes, in any
 * order; filling it needs only the message the code produced, so the code runs as written, in every language.
 *
 * @param literals the text before the first hole, between holes and after the last: one more than the holes
 */
record MessageShape(List<String> literals) {
    private static final Pattern HOLE = Pattern.compile("\\{(\\d+)}");

    MessageShape {
        literals = List.copyOf(literals);
        if (literals.isEmpty()) {
            throw new IllegalArgumentException("a shape has at least one literal, even an empty one");
        }
    }

    int holes() {
        return literals.size() - 1;
    }

    /** Whether there is English to translate: a message that is all values (a variable's text) has none. */
    boolean hasWords() {
        return literals.stream().anyMatch(l -> l.chars().anyMatch(Character::isLetter));
    }

    /** The values in the holes, when {@code message} is one this shape builds. */
    Optional<List<String>> values(String message) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literals.size(); i++) {
            if (i > 0) {
                regex.append("(.*?)");
            }
            regex.append(Pattern.quote(literals.get(i)));
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(message);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            values.add(m.group(i));
        }
        return Optional.of(values);
    }

    /** The hole numbers a translation uses, in its order ({@code {1} … {0}} is [1, 0]). */
    static List<Integer> holesOf(String translation) {
        List<Integer> used = new ArrayList<>();
        Matcher m = HOLE.matcher(translation);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }

    /** Whether {@code translation} says every value of this shape and no other. */
    boolean fits(String translation) {
        List<Integer> used = holesOf(translation);
        for (int i = 0; i < holes(); i++) {
            if (!used.contains(i)) {
                return false;
            }
        }
        return used.stream().allMatch(i -> i < holes());
    }

    /** {@code translation} with its holes filled by {@code values}. */
    static String fill(String translation, List<String> values) {
        Matcher m = HOLE.matcher(translation);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < values.size() ? values.get(i) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The English shape as a translator reads it: the literals with {@code {0}}, {@code {1}}… between them. */
    String pattern() {
        StringBuilder out = new StringBuilder(literals.getFirst());
        for (int i = 1; i < literals.size(); i++) {
            out.append('{').append(i - 1).append('}').append(literals.get(i));
        }
        return out.toString();
    }
}
