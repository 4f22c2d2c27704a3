package dev.threadlings.course;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads hints.md: each {@code ## } heading starts the next hint. The heading line is a label for the author
 * ("Nudge", "Concept", ...) and is dropped; the hint is the Markdown below it, blank lines at both ends removed.
 */
final class HintsReader {

    private HintsReader() {
    }

    static List<String> read(SourceFile source, Problems problems) {
        Sections sections = Sections.split(source.document());
        if (sections.sections().isEmpty()) {
            if (!source.text().isBlank()) {
                problems.add(source.path(), 1, "no hints found: start each hint with a `## ` heading");
            }
            return List.of();
        }
        List<String> hints = new ArrayList<>();
        List<Sections.Section> all = sections.sections();
        for (int i = 0; i < all.size(); i++) {
            Sections.Section section = all.get(i);
            // by lines, not blocks: a hint is shown whole, exactly as written
            int end = i + 1 < all.size() ? all.get(i + 1).line() - 1 : source.lines().size();
            String hint = SourceFile.trimBlankLines(source.lines(section.line() + 1, end));
            if (hint.isEmpty()) {
                problems.add(source.path(), section.line(), "hint " + (i + 1) + " is empty: write the hint below its heading");
            }
            hints.add(hint);
        }
        return hints;
    }
}
