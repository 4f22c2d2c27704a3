package dev.threadlings.repl;

import dev.threadlings.markdown.MarkdownRenderer;
import dev.threadlings.markdown.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import org.jline.utils.AttributedString;

/**
 * What TAB TAB shows: the signatures of every overload (always: they need no sources), then the javadoc of the
 * first one that has any, rendered like a lesson and cut to {@code maxLines}.
 */
final class DocumentationPage {
    private static final int MAX_SIGNATURES = 8;

    private DocumentationPage() {}

    static List<AttributedString> lines(List<Documentation> docs, RenderOptions options, int maxLines) {
        StringBuilder md = new StringBuilder("```java norun\n");
        docs.stream().limit(MAX_SIGNATURES).forEach(d -> md.append(d.signature()).append('\n'));
        md.append("```\n\n");
        if (docs.size() > MAX_SIGNATURES) {
            md.append(options.text().get("docs.more-overloads", docs.size() - MAX_SIGNATURES)).append("\n\n");
        }
        docs.stream().filter(d -> d.javadoc() != null && !d.javadoc().isBlank()).findFirst().ifPresentOrElse(d -> {
            if (docs.size() > 1) {
                md.append("*").append(d.signature().replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1")).append(":*\n\n");
            }
            md.append(JavadocMarkdown.of(d.javadoc()));
        }, () -> md.append(options.text().get("docs.no-javadoc")).append('\n'));
        List<AttributedString> rendered = new ArrayList<>(new MarkdownRenderer(options).render(md.toString()).lines());
        if (rendered.size() > maxLines) {
            int cut = rendered.size() - maxLines + 1;
            rendered = new ArrayList<>(rendered.subList(0, maxLines - 1));
            rendered.add(new AttributedString(options.text().get("docs.more-lines", cut)));
        }
        return rendered;
    }
}
