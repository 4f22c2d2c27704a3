package dev.threadlings.course;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;

/**
 * The skeleton a translation shares with its original: every heading (by level) and every fenced block (by info
 * string), in document order, nested ones too. Prose is free to differ; the skeleton is what the course reads
 * (a lesson's numbered code blocks, a check per {@code ## }, a hint per {@code ## }), so it must not.
 *
 * @param marks the headings and fences in document order
 */
record Outline(List<Mark> marks) {

    /**
     * A heading ({@code ##}) or a fence ({@code ```java timeout=10s}) and its line.
     *
     * @param shape what must match: the heading's hashes, or three backticks and the info string
     */
    record Mark(String shape, int line) {
        boolean isFence() {
            return shape.startsWith("```");
        }
    }

    static Outline of(SourceFile source) {
        List<Mark> marks = new ArrayList<>();
        source.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                marks.add(new Mark("#".repeat(heading.getLevel()), SourceFile.firstLine(heading)));
            }

            @Override
            public void visit(FencedCodeBlock block) {
                String info = block.getInfo() == null ? "" : block.getInfo().strip().replaceAll("\\s+", " ");
                marks.add(new Mark("```" + info, SourceFile.firstLine(block)));
            }
        });
        return new Outline(marks);
    }

    /** This outline without its fences: what a checks.md translation has, its code staying in the original. */
    Outline headingsOnly() {
        return new Outline(marks.stream().filter(m -> !m.isFence()).toList());
    }

    /**
     * Reports, at the translation's line, the first place where {@code translation} differs from this outline of
     * {@code original}; whether they agree.
     */
    boolean agrees(SourceFile original, Outline translation, SourceFile translated, Problems problems) {
        int common = Math.min(marks.size(), translation.marks.size());
        for (int i = 0; i < common; i++) {
            Mark want = marks.get(i);
            Mark got = translation.marks.get(i);
            if (!want.shape().equals(got.shape())) {
                problems.add(translated.path(), got.line(), "the translation has " + describe(got) + " where "
                        + problems.show(original.path()) + ":" + want.line() + " has " + describe(want)
                        + ": a translation keeps its original's headings and code blocks, in order");
                return false;
            }
        }
        if (marks.size() > common) {
            Mark missing = marks.get(common);
            int at = translation.marks.isEmpty() ? 1 : translation.marks.getLast().line();
            problems.add(translated.path(), at, "the translation lacks " + describe(missing) + " of "
                    + problems.show(original.path()) + ":" + missing.line() + " (and any after it)");
            return false;
        }
        if (translation.marks.size() > common) {
            Mark extra = translation.marks.get(common);
            problems.add(translated.path(), extra.line(), "the translation has " + describe(extra) + " that "
                    + problems.show(original.path()) + " does not have");
            return false;
        }
        return true;
    }

    private static String describe(Mark mark) {
        return mark.isFence() ? "a code block (" + mark.shape() + ")" : "a `" + mark.shape() + "` heading";
    }
}
