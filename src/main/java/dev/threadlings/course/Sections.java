package dev.threadlings.course;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * A Markdown document cut at its level-2 headings, the way checks.md (one check per section) and hints.md (one hint
 * per section) are read. Working on the parsed tree means a {@code ## } inside a code block is not a heading.
 *
 * @param intro    the top-level blocks before the first {@code ## } heading
 * @param sections one per {@code ## } heading, in order
 */
record Sections(List<Node> intro, List<Section> sections) {

    /**
     * One {@code ## } section.
     *
     * @param title  the heading's plain text
     * @param line   1-based line of the heading
     * @param blocks the top-level blocks up to the next {@code ## } heading
     */
    record Section(String title, int line, List<Node> blocks) {
    }

    static Sections split(Node document) {
        List<Node> intro = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Node> current = intro;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                current = new ArrayList<>();
                sections.add(new Section(plainText(heading), SourceFile.firstLine(heading), current));
            } else {
                current.add(node);
            }
        }
        return new Sections(intro, sections);
    }

    /** The heading's text without Markdown markup: `code` and *emphasis* read as their words. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString().strip();
    }
}
