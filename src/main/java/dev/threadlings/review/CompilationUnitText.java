package dev.threadlings.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A learner's file as JShell reads it, turned into a compilation unit an analyzer parses, with every line where
 * it was: a {@code package} line is blanked (JShell ignores it), the file's own imports are blanked and moved, with
 * the implied ones, to the start of line 1, and the rest is wrapped in a class, as JShell does: top-level methods
 * and fields are then members like any other (PMD 7.27 reads a compact source file only when its top-level methods
 * return void).
 */
final class CompilationUnitText {
    private static final Pattern PACKAGE = Pattern.compile("\\s*package\\s+[\\w.]+\\s*;\\s*");
    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*");

    /** The class around the learner's declarations; a name no learner writes. */
    static final String WRAPPER = "ThreadlingsLearnerFile$";

    private CompilationUnitText() {}

    /** {@code implied}: packages every file may use without importing them ({@code java.util}, …). */
    static String of(String text, List<String> implied) {
        List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").lines().toList());
        StringBuilder head = new StringBuilder();
        implied.forEach(p -> head.append("import ").append(p).append(".*; "));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PACKAGE.matcher(line).matches()) {
                lines.set(i, "");
            } else if (IMPORT.matcher(line).matches()) {
                head.append(line.strip()).append(' ');
                lines.set(i, "");
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        lines.set(0, head + "final class " + WRAPPER + " { " + lines.get(0));
        return String.join("\n", lines) + "\n}\n";
    }
}
