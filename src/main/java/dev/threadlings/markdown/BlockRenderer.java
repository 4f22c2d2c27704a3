package dev.threadlings.markdown;

import dev.threadlings.text.Messages;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Lays out block nodes as terminal lines. Every block renders itself into a given width; containers (quotes, list
 * items) render their children into a narrower width and prefix the lines, which gives hanging indents and quote
 * bars at any nesting depth for free.
 */
final class BlockRenderer {

    private static final String BULLETS = "•◦▪";
    /**
     * Containers stop narrowing at a quarter of the page (at least 4 columns): nested deeper, a quote adds no bar
     * and a list item no marker or indent. Each level used to take two columns more, so a lesson of a few hundred
     * nested quotes rendered one word a line in tens of thousands of lines (20 s of CPU and a gigabyte for 70 KB).
     */
    private final int narrowest;

    /** A renderer for a page {@code width} columns wide. */
    BlockRenderer(int width, Messages text) {
        this.narrowest = Math.max(4, width / 4);
        this.code = new CodeBlockRenderer(text);
    }
    private static final AttributedString QUOTE_BAR = new AttributedString("│ ", Theme.QUOTE_BAR);

    private final CodeBlockRenderer code;
    private int bulletDepth;

    /** The runnable code blocks met so far, numbered in document order. */
    List<CodeBlock> codeBlocks() {
        return code.runnable();
    }

    /** The children of {@code parent} as lines, with a blank line between blocks when {@code spaced}. */
    List<AttributedString> blocks(Node parent, int width, boolean spaced) {
        List<AttributedString> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            List<AttributedString> lines = block(child, width);
            if (lines.isEmpty()) {
                continue; // front matter and link definitions leave no trace, not even a blank line
            }
            if (spaced && !out.isEmpty()) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(lines);
        }
        return out;
    }

    private List<AttributedString> block(Node node, int width) {
        return switch (node) {
            case YamlFrontMatterBlock ignored -> List.of();
            case LinkReferenceDefinition ignored -> List.of();
            case Paragraph p -> Wrapper.wrap(InlineRenderer.render(p, AttributedStyle.DEFAULT), width);
            case Heading h -> heading(h, width);
            case BlockQuote q -> width - 2 < narrowest ? orBlank(blocks(q, width, true))
                    : Lines.prefix(orBlank(blocks(q, width - 2, true)), QUOTE_BAR);
            case BulletList list -> bulletList(list, width);
            case OrderedList list -> orderedList(list, width);
            case FencedCodeBlock f -> code.render(f.getInfo(), f.getLiteral());
            case IndentedCodeBlock i -> code.render(null, i.getLiteral());
            case HtmlBlock html -> Wrapper.wrap(CodeBlockRenderer.expandTabs(stripNewline(html.getLiteral())), width);
            case ThematicBreak ignored -> List.of(Lines.repeat('─', width, Theme.RULE));
            case TableBlock table -> new TableRenderer(table, width).render();
            // blocks of unknown extensions: show what they contain rather than nothing
            default -> blocks(node, width, true);
        };
    }

    private List<AttributedString> heading(Heading heading, int width) {
        AttributedStyle style = switch (heading.getLevel()) {
            case 1 -> Theme.H1;
            case 2 -> Theme.H2;
            default -> Theme.H3;
        };
        List<AttributedString> lines = new ArrayList<>(Wrapper.wrap(InlineRenderer.render(heading, style), width));
        if (heading.getLevel() == 1) {
            lines.add(Lines.repeat('═', Math.max(Lines.maxWidth(lines), 1), Theme.H1_RULE));
        }
        return lines;
    }

    private List<AttributedString> bulletList(BulletList list, int width) {
        char bullet = BULLETS.charAt(bulletDepth % BULLETS.length());
        bulletDepth++;
        try {
            List<String> markers = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                markers.add(bullet + " ");
            }
            return items(list, markers, width);
        } finally {
            bulletDepth--;
        }
    }

    private List<AttributedString> orderedList(OrderedList list, int width) {
        int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
        List<String> markers = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            markers.add((number++) + delimiter + " ");
        }
        int markerWidth = markers.stream().mapToInt(String::length).max().orElse(0);
        // right-aligned numbers, so that 9. and 10. start their text in the same column
        markers.replaceAll(m -> " ".repeat(markerWidth - m.length()) + m);
        return items(list, markers, width);
    }

    /** List items with their markers and a hanging indent as wide as the widest marker. */
    private List<AttributedString> items(ListBlock list, List<String> markers, int width) {
        int indent = markers.stream().mapToInt(String::length).max().orElse(0);
        boolean flat = width - indent < narrowest;
        int inner = flat ? width : width - indent;
        AttributedString hang = new AttributedString(" ".repeat(indent));
        List<AttributedString> out = new ArrayList<>();
        int index = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), index++) {
            List<AttributedString> content = item instanceof ListItem
                    ? blocks(item, inner, !list.isTight())
                    : block(item, inner);
            if (!list.isTight() && !out.isEmpty()) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(flat ? orBlank(content) : Lines.prefix(orBlank(content),
                    new AttributedString(markers.get(index), Theme.LIST_MARKER), hang));
        }
        return out;
    }

    private static List<AttributedString> orBlank(List<AttributedString> lines) {
        return lines.isEmpty() ? List.of(AttributedString.EMPTY) : lines;
    }

    private static String stripNewline(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
