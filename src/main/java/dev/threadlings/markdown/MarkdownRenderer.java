package dev.threadlings.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;

/**
 * Renders Markdown (CommonMark with GFM tables; YAML front matter is skipped) as terminal lines wrapped to the
 * width in {@link RenderOptions}. Fenced {@code java} blocks are coloured and, unless marked {@code norun},
 * numbered for {@code /run}. Instances are immutable and may be shared between threads.
 */
public final class MarkdownRenderer {

    // commonmark parsers are immutable and thread-safe; building one costs more than parsing a lesson
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .build();

    private final RenderOptions options;

    public MarkdownRenderer(RenderOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** Lays out {@code markdown}; {@code null} is treated as an empty document. */
    public RenderedDocument render(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        BlockRenderer blocks = new BlockRenderer(options.width(), options.text());
        List<AttributedString> lines = new ArrayList<>();
        for (AttributedString line : blocks.blocks(document, options.width(), true)) {
            AttributedString trimmed = Lines.trimEnd(line);
            lines.add(options.color() ? trimmed : Lines.unstyled(trimmed));
        }
        while (!lines.isEmpty() && lines.getLast().length() == 0) {
            lines.removeLast();
        }
        return new RenderedDocument(lines, blocks.codeBlocks());
    }
}
