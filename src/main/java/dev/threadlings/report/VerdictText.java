package dev.threadlings.report;

import dev.threadlings.grade.CheckResult;
import dev.threadlings.grade.Verdict;
import dev.threadlings.review.Finding;
import dev.threadlings.review.ReviewRule;
import dev.threadlings.markdown.MarkdownRenderer;
import dev.threadlings.markdown.RenderOptions;
import dev.threadlings.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;

/** A verdict as a learner reads it: one line per check, and for a failure what was expected and what happened. */
public final class VerdictText {
    private VerdictText() {}

    /** The verdict for a screen {@link FailureLines#FILE_WIDTH} wide. */
    public static List<Styled> describe(Verdict v, String title) {
        return describe(v, title, FailureLines.FILE_WIDTH);
    }

    /** The verdict for a screen {@code width} columns wide (a failing interleaving is laid out to fit it). */
    public static List<Styled> describe(Verdict v, String title, int width) {
        return describe(v, title, width, Messages.ENGLISH);
    }

    /** The verdict for a screen {@code width} columns wide, its headline lines in {@code text}'s language. */
    public static List<Styled> describe(Verdict v, String title, int width, Messages text) {
        return describe(v, title, width, text, f -> Optional.empty());
    }

    /**
     * As {@link #describe(Verdict, String, int, Messages)}; under a failed check's interleaving, the commands
     * {@code reruns} gives for it (replay it, step through it).
     */
    public static List<Styled> describe(Verdict v, String title, int width, Messages text,
                                        Function<CheckResult.Failed, Optional<Rerun>> reruns) {
        List<Styled> out = new ArrayList<>();
        switch (v.status()) {
            case PASSED -> {
                out.add(new Styled(text.get("check.passed", title, v.totalChecks(), v.seconds()), Styled.Look.GOOD));
                review(v, out, text);
            }
            case COMPILE_ERROR -> {
                out.add(new Styled(text.get("check.compile-error", title), Styled.Look.BAD));
                // a problem's sentence wraps to the screen; the source line and caret under it (indented) do not
                v.problems().forEach(p -> out.add(new Styled("  " + p, p.startsWith(" ") ? Styled.Look.CODE
                        : Styled.Look.PLAIN)));
            }
            case CANNOT_RUN -> {
                long unchecked = v.results().stream().filter(r -> r instanceof CheckResult.NotChecked).count();
                out.add(new Styled(unchecked == 0 ? text.get("check.could-not", title)
                        : text.get("check.could-not.some", title, unchecked, v.totalChecks(), v.passedCount()),
                        Styled.Look.BAD));
                v.problems().forEach(p -> out.add(Styled.plain("  " + p)));
                for (CheckResult r : v.results()) {
                    describe(r, out, width, text, reruns);
                }
                review(v, out, text);
            }
            case FAILED -> {
                out.add(new Styled(text.get("check.failed", title, v.passedCount(), v.totalChecks()), Styled.Look.BAD));
                for (CheckResult r : v.results()) {
                    describe(r, out, width, text, reruns);
                }
                int notRun = v.totalChecks() - v.results().size();
                if (notRun > 0) {
                    out.add(new Styled("  · " + text.get("check.not-run", notRun), Styled.Look.DIM));
                }
                review(v, out, text);
            }
        }
        return out;
    }

    /**
     * The anti-pattern review's findings after the checks: each rule's sentence once, then the learner's lines it
     * was found on.
     */
    private static void review(Verdict v, List<Styled> out, Messages text) {
        if (v.review().isEmpty()) {
            return;
        }
        out.add(new Styled("  " + text.get("review.heading"), Styled.Look.INFO));
        Map<ReviewRule, List<Finding>> byRule = new LinkedHashMap<>();
        v.review().forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        byRule.forEach((rule, findings) -> {
            out.add(new Styled("  ▸ " + rule.id() + ": " + rule.sentence(text), Styled.Look.PLAIN));
            for (Finding f : findings) {
                out.add(new Styled("      " + f.where() + ": " + f.code(), Styled.Look.CODE));
            }
        });
    }

    private static void describe(CheckResult r, List<Styled> out, int width, Messages text,
                                 Function<CheckResult.Failed, Optional<Rerun>> reruns) {
        switch (r) {
            case CheckResult.Passed p -> out.add(new Styled("  ✔ " + p.name(), Styled.Look.GOOD));
            case CheckResult.NotChecked n -> {
                out.add(new Styled("  ? " + text.get("check.could-not.check", n.name()), Styled.Look.BAD));
                out.add(new Styled("    " + n.reason(), Styled.Look.PLAIN));
                n.details().forEach(d -> out.add(new Styled("      " + d, Styled.Look.CODE)));
                out.add(new Styled("    " + text.get("check.not-a-verdict"), Styled.Look.INFO));
            }
            case CheckResult.Failed f -> {
                out.add(new Styled("  ✘ " + f.name(), Styled.Look.BAD));
                out.add(new Styled("    " + f.reason(), Styled.Look.PLAIN));
                FailureLines.of(f, width - 6, text).forEach(d -> out.add(new Styled("      " + d.text(), d.look())));
                reruns.apply(f).ifPresent(c -> out.addAll(c.lines(width, "      ", text)));
                if (!f.message().isBlank()) {
                    // the message is Markdown source: rendered as a lesson is (no `backticks`, no *stars*, soft
                    // breaks joined the way the language wants), its paragraphs kept together under the check
                    new MarkdownRenderer(new RenderOptions(width - 4, false, text)).render(f.message()).lines()
                            .stream().map(AttributedString::toString).filter(l -> !l.isBlank())
                            .forEach(l -> out.add(new Styled("    " + l, Styled.Look.INFO)));
                }
            }
        }
    }
}
