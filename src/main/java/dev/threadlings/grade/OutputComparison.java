package dev.threadlings.grade;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.threadlings.course.OutputMode;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Compares printed output with an expected text in one of the course's output modes. */
public final class OutputComparison {
    private OutputComparison() {}

    /** Empty when the output is acceptable; otherwise the lines that explain the difference. */
    public static Optional<List<String>> mismatch(OutputMode mode, String expected, String actual) {
        return mismatch(mode, expected, actual, Messages.ENGLISH);
    }

    /** As {@link #mismatch(OutputMode, String, String)}, the explanation in {@code text}'s language. */
    public static Optional<List<String>> mismatch(OutputMode mode, String expected, String actual, Messages text) {
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        return switch (mode) {
            case EXACT -> exp.equals(act) ? Optional.empty() : Optional.of(diff(exp, act, text));
            case NORMALIZED -> normalize(expected).equals(normalize(actual)) ? Optional.empty()
                    : Optional.of(diff(exp, act, text));
            case UNORDERED -> sorted(exp).equals(sorted(act)) ? Optional.empty()
                    : Optional.of(diff(sorted(exp), sorted(act), text));
            case REGEX -> regex(exp, act, text);
        };
    }

    /** Lines with trailing white space removed, and trailing blank lines dropped. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(Arrays.stream(text.replace("\r\n", "\n").split("\n", -1))
                .map(String::stripTrailing).toList());
        while (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        }
        return out;
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static Optional<List<String>> regex(List<String> patterns, List<String> act, Messages text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(patterns.size(), act.size()); i++) {
            String p = i < patterns.size() ? patterns.get(i) : null;
            String a = i < act.size() ? act.get(i) : null;
            if (p == null) {
                out.add(text.get("grade.regex.extra", i + 1, a));
            } else if (a == null) {
                out.add(text.get("grade.regex.missing", i + 1, p));
            } else if (!Pattern.compile(p).matcher(a).matches()) {
                out.add(text.get("grade.regex.line", i + 1, a));
                out.add(text.get("grade.regex.no-match", p));
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** A unified-style diff: {@code -} expected lines missing, {@code +} lines printed instead. */
    static List<String> diff(List<String> expected, List<String> actual, Messages text) {
        List<String> out = new ArrayList<>();
        if (actual.isEmpty()) {
            out.add(text.get("grade.diff.nothing"));
            expected.forEach(l -> out.add("  " + l));
            return out;
        }
        Patch<String> patch = DiffUtils.diff(expected, actual);
        out.add(text.get("grade.diff.heading"));
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int line = d.getSource().getPosition() + 1;
            out.add(text.get("grade.diff.at-line", line));
            d.getSource().getLines().forEach(l -> out.add("- " + l));
            d.getTarget().getLines().forEach(l -> out.add("+ " + l));
        }
        if (patch.getDeltas().isEmpty()) {
            out.add(text.get("grade.diff.white-space"));
        }
        return out;
    }
}
