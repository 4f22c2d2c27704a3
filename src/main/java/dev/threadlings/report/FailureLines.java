package dev.threadlings.report;

import dev.threadlings.grade.CheckResult;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failed check shows under its reason, at a given width: the sandbox's findings and interleaving when the
 * sandbox found the failure (rendered here, at the width of whatever shows it), then the check's own details.
 */
public final class FailureLines {
    /** The width for outputs that have no screen: JSON, JUnit XML, results.json. */
    public static final int FILE_WIDTH = 100;

    private FailureLines() {}

    public static List<Styled> of(CheckResult.Failed f, int width) {
        return of(f, width, Messages.ENGLISH);
    }

    /** The lines, the sandbox's report in {@code text}'s language. */
    public static List<Styled> of(CheckResult.Failed f, int width, Messages text) {
        List<Styled> out = new ArrayList<>();
        f.explored().ifPresent(r -> out.addAll(SandboxText.body(r, width, text)));
        for (String d : f.details()) {
            out.add(new Styled(d, d.startsWith("+ ") ? Styled.Look.ADDED
                    : d.startsWith("- ") ? Styled.Look.REMOVED : Styled.Look.CODE));
        }
        return out;
    }

    /** The lines as plain text, in {@code text}'s language (JSON, JUnit XML and results.json follow --lang too). */
    public static List<String> text(CheckResult.Failed f, int width, Messages text) {
        return of(f, width, text).stream().map(Styled::text).toList();
    }
}
