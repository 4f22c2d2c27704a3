package dev.threadlings.markdown;

import java.util.BitSet;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Turns the inline children of a block (paragraph, heading, table cell) into one styled {@link InlineText}.
 * Styles nest by deriving from the surrounding style, so bold inside a link stays underlined.
 */
final class InlineRenderer {

    private final AttributedStringBuilder out = new AttributedStringBuilder();
    private final BitSet glued = new BitSet();

    private InlineRenderer() {
    }

    /** The children of {@code parent} rendered with {@code base} as the outermost style. */
    static InlineText render(Node parent, AttributedStyle base) {
        InlineRenderer renderer = new InlineRenderer();
        renderer.children(parent, base);
        return new InlineText(renderer.out.toAttributedString(), renderer.glued);
    }

    private void children(Node parent, AttributedStyle style) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child, style);
        }
    }

    private void node(Node node, AttributedStyle style) {
        switch (node) {
            case Text text -> append(text.getLiteral(), style);
            case SoftLineBreak lineBreak -> append(softBreak(lineBreak), style);
            case HardLineBreak ignored -> append("\n", style);
            case Emphasis emphasis -> children(emphasis, style.italic());
            case StrongEmphasis strong -> children(strong, style.bold());
            case Code code -> appendGlued(code.getLiteral(), Theme.inlineCode(style));
            case HtmlInline html -> append(html.getLiteral(), style);
            case Link link -> link(link, style);
            case Image image -> image(image, style);
            // unknown inline extensions: their text still matters more than their markup
            default -> children(node, style);
        }
    }

    // a line break inside Chinese prose joins two characters: a space there would show as a gap (CSS Text 3 drops
    // it too); between Latin words it is the space it always was
    private String softBreak(SoftLineBreak lineBreak) {
        Node next = lineBreak.getNext();
        while (next != null && !(next instanceof Text) && !(next instanceof Code) && next.getFirstChild() != null) {
            next = next.getFirstChild();
        }
        String following = next instanceof Text t ? t.getLiteral() : next instanceof Code c ? c.getLiteral() : "";
        return Columns.joinsWithoutSpace(out, following) ? "" : " ";
    }

    private void link(Link link, AttributedStyle style) {
        int start = out.length();
        children(link, Theme.linkText(style));
        String text = out.subSequence(start, out.length()).toString();
        String url = link.getDestination();
        // autolinks (<https://x>, <me@x.org>) would only repeat themselves
        if (url.isEmpty() || url.equals(text) || url.equals("mailto:" + text)) {
            return;
        }
        append(" ", style);
        appendGlued("(" + url + ")", style.faint());
    }

    private void image(Image image, AttributedStyle style) {
        append("[image: ", style);
        children(image, style.italic());
        append("]", style);
        if (!image.getDestination().isEmpty()) {
            append(" ", style);
            appendGlued("(" + image.getDestination() + ")", style.faint());
        }
    }

    private void append(String text, AttributedStyle style) {
        out.append(new AttributedString(text.replace('\t', ' '), style));
    }

    /** Appends text whose spaces must not break the line, such as inline code. */
    private void appendGlued(String text, AttributedStyle style) {
        int start = out.length();
        append(text, style);
        for (int i = start; i < out.length(); i++) {
            if (out.charAt(i) == ' ') {
                glued.set(i);
            }
        }
    }
}
