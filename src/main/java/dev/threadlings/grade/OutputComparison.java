package dev.threadlings.grade;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.threadlings.course.OutputMode;
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
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        return switch (mode) {
            case EXACT -> exp.equals(act) ? Optional.empty() : Optional.of(diff(exp, act));
            case NORMALIZED -> normalize(expected).equals(normalize(actual)) ? Optional.empty()
                    : Optional.of(diff(exp, act));
            case UNORDERED -> sorted(exp).equals(sorted(act)) ? Optional.empty()
                    : Optional.of(diff(sorted(exp), sorted(act)));
            case REGEX -> regex(exp, act);
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

    private static Optional<List<String>> regex(List<String> patterns, List<String> act) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(patterns.size(), act.size()); i++) {
            String p = i < patterns.size() ? patterns.get(i) : null;
            String a = i < act.size() ? act.get(i) : null;
            if (p == null) {
                out.add("line " + (i + 1) + ": unexpected extra line: " + a);
            } else if (a == null) {
                out.add("line " + (i + 1) + ": missing; expected a line matching /" + p + "/");
            } else if (!Pattern.compile(p).matcher(a).matches()) {
                out.add("line " + (i + 1) + ": " + a);
                out.add("   does not match /" + p + "/");
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** A unified-style diff: {@code -} expected lines missing, {@code +} lines printed instead. */
    static List<String> diff(List<String> expected, List<String> actual) {
        List<String> out = new ArrayList<>();
        if (actual.isEmpty()) {
            out.add("nothing was printed; expected:");
            expected.forEach(l -> out.add("  " + l));
            return out;
        }
        Patch<String> patch = DiffUtils.diff(expected, actual);
        out.add("expected (-) vs printed (+):");
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int line = d.getSource().getPosition() + 1;
            out.add("@ line " + line);
            d.getSource().getLines().forEach(l -> out.add("- " + l));
            d.getTarget().getLines().forEach(l -> out.add("+ " + l));
        }
        if (patch.getDeltas().isEmpty()) {
            out.add("(the lines differ only in white space)");
        }
        return out;
    }
}
